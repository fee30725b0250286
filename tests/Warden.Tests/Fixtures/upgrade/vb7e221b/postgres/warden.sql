--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: cleanup_expired_data(interval); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cleanup_expired_data(audit_retention interval DEFAULT NULL::interval) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    total bigint := 0;
    n bigint;
BEGIN
    DELETE FROM authorization_codes WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM device_codes WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM refresh_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM refresh_token_families WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM reference_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM revoked_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM registration_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    IF audit_retention IS NOT NULL THEN
        DELETE FROM audit_logs WHERE occurred_at < now() - audit_retention;
        GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    END IF;
    RETURN total;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: audit_logs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_logs (
    id uuid NOT NULL,
    tenant_id text NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    event_type text NOT NULL,
    outcome text NOT NULL,
    client_id text,
    user_id text,
    ip_address text,
    details jsonb DEFAULT '{}'::jsonb NOT NULL
);


--
-- Name: authorization_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authorization_codes (
    code_hash bytea NOT NULL,
    tenant_id text NOT NULL,
    client_id text NOT NULL,
    user_id uuid NOT NULL,
    redirect_uri text NOT NULL,
    scopes text[] DEFAULT '{}'::text[] NOT NULL,
    nonce text,
    code_challenge text,
    code_challenge_method text,
    session_id text,
    auth_time timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    consumed_at timestamp with time zone,
    security_stamp text DEFAULT ''::text NOT NULL,
    redirect_uri_in_request boolean DEFAULT false NOT NULL
);


--
-- Name: cleanup_lease; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cleanup_lease (
    name text NOT NULL,
    holder text NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: client_secrets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_secrets (
    id uuid NOT NULL,
    tenant_id text NOT NULL,
    client_id text NOT NULL,
    secret_hash bytea NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone
);


--
-- Name: clients; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.clients (
    tenant_id text NOT NULL,
    client_id text NOT NULL,
    name text NOT NULL,
    client_type text NOT NULL,
    redirect_uris text[] DEFAULT '{}'::text[] NOT NULL,
    post_logout_redirect_uris text[] DEFAULT '{}'::text[] NOT NULL,
    grant_types text[] DEFAULT '{}'::text[] NOT NULL,
    scopes text[] DEFAULT '{}'::text[] NOT NULL,
    token_endpoint_auth_method text NOT NULL,
    first_party boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    access_token_format text DEFAULT 'jwt'::text NOT NULL,
    access_token_lifetime integer,
    signing_algorithm text,
    resources text[] DEFAULT '{}'::text[] NOT NULL,
    jwks text,
    jwks_uri text,
    origin text DEFAULT 'cli'::text NOT NULL,
    registration_metadata jsonb,
    introspect_all boolean DEFAULT false NOT NULL,
    CONSTRAINT clients_access_token_format_check CHECK ((access_token_format = ANY (ARRAY['jwt'::text, 'reference'::text]))),
    CONSTRAINT clients_access_token_lifetime_check CHECK ((access_token_lifetime > 0)),
    CONSTRAINT clients_client_type_check CHECK ((client_type = ANY (ARRAY['confidential'::text, 'public'::text]))),
    CONSTRAINT clients_origin_check CHECK ((origin = ANY (ARRAY['cli'::text, 'registration'::text])))
);


--
-- Name: consents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.consents (
    tenant_id text NOT NULL,
    user_id uuid NOT NULL,
    client_id text NOT NULL,
    scopes text[] DEFAULT '{}'::text[] NOT NULL,
    granted_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: data_protection_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.data_protection_keys (
    tenant_id text NOT NULL,
    name text NOT NULL,
    encrypted_xml bytea NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: device_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_codes (
    device_code_hash bytea NOT NULL,
    tenant_id text NOT NULL,
    user_code_hash bytea NOT NULL,
    client_id text NOT NULL,
    scopes text[] DEFAULT '{}'::text[] NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    user_id uuid,
    auth_time timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    decided_at timestamp with time zone,
    consumed_at timestamp with time zone,
    security_stamp text,
    CONSTRAINT device_codes_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'approved'::text, 'denied'::text])))
);


--
-- Name: email_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.email_tokens (
    id uuid NOT NULL,
    tenant_id text NOT NULL,
    user_id uuid NOT NULL,
    purpose text NOT NULL,
    token_hash bytea NOT NULL,
    email text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    CONSTRAINT email_tokens_purpose_check CHECK ((purpose = ANY (ARRAY['verify'::text, 'reset'::text])))
);


--
-- Name: reference_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reference_tokens (
    token_hash bytea NOT NULL,
    tenant_id text NOT NULL,
    client_id text NOT NULL,
    subject text NOT NULL,
    scopes text[] DEFAULT '{}'::text[] NOT NULL,
    audiences text[] DEFAULT '{}'::text[] NOT NULL,
    jti text NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    user_id uuid,
    security_stamp text
);


--
-- Name: refresh_token_families; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.refresh_token_families (
    tenant_id text NOT NULL,
    id uuid NOT NULL,
    client_id text NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: refresh_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.refresh_tokens (
    token_hash bytea NOT NULL,
    id uuid NOT NULL,
    family_id uuid NOT NULL,
    tenant_id text NOT NULL,
    client_id text NOT NULL,
    user_id uuid NOT NULL,
    scopes text[] DEFAULT '{}'::text[] NOT NULL,
    session_id text,
    auth_time timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    consumed_at timestamp with time zone,
    revoked_at timestamp with time zone,
    security_stamp text DEFAULT ''::text NOT NULL,
    parent_id uuid
);


--
-- Name: registration_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.registration_tokens (
    id uuid NOT NULL,
    tenant_id text NOT NULL,
    token_hash bytea NOT NULL,
    kind text NOT NULL,
    client_id text,
    single_use boolean DEFAULT false NOT NULL,
    expires_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    CONSTRAINT registration_tokens_kind_check CHECK ((kind = ANY (ARRAY['initial_access'::text, 'registration_access'::text])))
);


--
-- Name: revoked_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.revoked_tokens (
    tenant_id text NOT NULL,
    jti text NOT NULL,
    client_id text NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    applied_at timestamp with time zone NOT NULL,
    checksum text
);


--
-- Name: scopes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scopes (
    tenant_id text NOT NULL,
    name text NOT NULL,
    display_name text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    claims text[] DEFAULT '{}'::text[] NOT NULL,
    requires_consent boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    registrable boolean DEFAULT false NOT NULL
);


--
-- Name: settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.settings (
    tenant_id text NOT NULL,
    key text NOT NULL COLLATE pg_catalog."C",
    value text DEFAULT ''::text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: signing_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.signing_keys (
    tenant_id text NOT NULL,
    key_id text NOT NULL,
    algorithm text NOT NULL,
    public_jwk text NOT NULL,
    encrypted_private_key bytea NOT NULL,
    created_at timestamp with time zone NOT NULL,
    activates_at timestamp with time zone NOT NULL,
    retired_at timestamp with time zone,
    expires_at timestamp with time zone
);


--
-- Name: tenants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tenants (
    id text NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id uuid NOT NULL,
    tenant_id text NOT NULL,
    username text NOT NULL,
    email text,
    email_verified boolean DEFAULT false NOT NULL,
    password_hash text,
    role text DEFAULT 'regular'::text NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    profile_picture_url text,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    security_stamp text NOT NULL,
    failed_login_count integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    email_verification_required boolean DEFAULT false NOT NULL,
    CONSTRAINT users_role_check CHECK ((role = ANY (ARRAY['regular'::text, 'admin'::text])))
);


--
-- Data for Name: audit_logs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a232d1-e921-70fe-bb42-13f63858582e', 'default', '2026-12-01 18:15:47.233+00', 'token_revoked', 'success', 'post-client', NULL, '127.0.0.1', '{"jti": "Fvxkt03ht3anWBKCRwKjiQ", "format": "jwt"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a232d1-e8a8-7206-b4e3-0b08c2246a22', 'default', '2026-12-01 18:15:47.112+00', 'token_issued', 'success', 'basic-client', NULL, '127.0.0.1', '{"jti": "2rrr87sc2dk7mQMwKLNzDw", "format": "jwt", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a232d1-e8db-7f62-afb8-0de5dd57e914', 'default', '2026-12-01 18:15:47.163+00', 'token_issued', 'success', 'post-client', NULL, '127.0.0.1', '{"jti": "Fvxkt03ht3anWBKCRwKjiQ", "format": "jwt", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a232d1-e962-7f9a-84ab-1c12f35759ab', 'default', '2026-12-01 18:15:47.298+00', 'token_issued', 'success', 'reference-client', NULL, '127.0.0.1', '{"jti": "VNyUj_Tqs5cArEORiizt2w", "format": "reference", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a232d2-0aab-7cab-a6c8-49e98a29fa32', 'default', '2026-12-01 18:15:55.819+00', 'login', 'success', NULL, '01a232d0-f898-7a5d-9a2b-a3c706204887', '127.0.0.1', '{"method": "password", "reason": null}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a232d2-0d20-761e-90da-c6ee41709d17', 'default', '2026-12-01 18:15:56.449+00', 'consent_granted', 'success', 'web-client', '01a232d0-f898-7a5d-9a2b-a3c706204887', '127.0.0.1', '{"scope": "openid profile email offline_access"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a232d2-0d36-71c7-8e9d-0d57fc96f980', 'default', '2026-12-01 18:15:56.47+00', 'authorization_code_issued', 'success', 'web-client', '01a232d0-f898-7a5d-9a2b-a3c706204887', '127.0.0.1', '{"scope": "openid profile email offline_access"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a232d2-0f34-74d9-a52f-26c9b2457c10', 'default', '2026-12-01 18:15:56.98+00', 'device_authorization_requested', 'success', 'device-client', NULL, '127.0.0.1', '{"scope": "openid"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a232d2-0ef1-7292-8150-7a5b5f6fc749', 'default', '2026-12-01 18:15:56.913+00', 'token_issued', 'success', 'web-client', '01a232d0-f898-7a5d-9a2b-a3c706204887', '127.0.0.1', '{"jti": "GDmr8-3nHaazUoeEvSEr9A", "id_token": true, "grant_type": "authorization_code", "refresh_token": true}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a232d2-1952-7dce-8dbd-03a69def89f5', 'default', '2026-12-01 18:15:59.57+00', 'client_registered', 'success', 'mmWbGc0Pii386RgDIAOS-g', NULL, '127.0.0.1', '{"grant_types": ["authorization_code"], "token_endpoint_auth_method": "client_secret_basic"}');


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes (code_hash, tenant_id, client_id, user_id, redirect_uri, scopes, nonce, code_challenge, code_challenge_method, session_id, auth_time, created_at, expires_at, consumed_at, security_stamp, redirect_uri_in_request) VALUES ('\xf09fb3c99c65e88e0a8cd55a3f7a0ce81839abf3ede71da6b3528784bd212bf4', 'default', 'web-client', '01a232d0-f898-7a5d-9a2b-a3c706204887', 'http://127.0.0.1/callback', '{openid,profile,email,offline_access}', 'fixture', 'FCu759qp5JD4APXVk2LNPrTRrsQvM_Nz8af3EfTwpsA', 'S256', 'dYgmJxE9JDENDeVZeUchEw', '2026-12-01 18:15:55.867+00', '2026-12-01 18:15:56.456+00', '2026-12-01 18:25:56.456+00', '2026-12-01 18:15:56.587+00', '806983B69F09F1CB2B85B566818E9FDD', true);


--
-- Data for Name: cleanup_lease; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cleanup_lease (name, holder, expires_at) VALUES ('expired-data', '', '1970-01-01 00:00:00+00');


--
-- Data for Name: client_secrets; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a232d1-115f-7410-b7f1-633ee33ed3d8', 'default', 'basic-client', '\xafad675ab906469bce7487f0bac1562faf364c47805edb6a16cea8b92d108492', '2026-12-01 18:14:51.674+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a232d1-1fcc-7b5c-827c-4a116a7c8293', 'default', 'post-client', '\x8d1a25531e0dd3ca6b2aa4874276ee7320ec30c1acf7ecd465d52f81d6e9a75d', '2026-12-01 18:14:55.001+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a232d1-361c-796d-80ca-64361cf02bcf', 'default', 'reference-client', '\x36535b2625fd78449bc04ffa088ac44f464df540ded282206e2340e0187ebe05', '2026-12-01 18:15:00.911+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a232d1-48a2-7f97-a983-3c5d14fb70eb', 'default', 'web-client', '\xef6dd52812637a8b9b01457a5f9ffbf07602ffd4e9b5c82083872768bbd2b729', '2026-12-01 18:15:05.568+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a232d2-18c7-7352-a8da-a0161ed29c24', 'default', 'mmWbGc0Pii386RgDIAOS-g', '\xce39e290c352b9c171554e131ae5e49953de89f854490c1e213eb27d0be2eb25', '2026-12-01 18:15:59.007+00', NULL);


--
-- Data for Name: clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata, introspect_all) VALUES ('default', 'basic-client', 'Basic', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_basic', false, '2026-12-01 18:14:51.674+00', '2026-12-01 18:14:51.674+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL, false);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata, introspect_all) VALUES ('default', 'post-client', 'Post', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_post', false, '2026-12-01 18:14:55.001+00', '2026-12-01 18:14:55.001+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL, false);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata, introspect_all) VALUES ('default', 'reference-client', 'Reference', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_basic', false, '2026-12-01 18:15:00.911+00', '2026-12-01 18:15:00.911+00', 'reference', 86400, NULL, '{}', NULL, NULL, 'cli', NULL, false);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata, introspect_all) VALUES ('default', 'web-client', 'Web', 'confidential', '{http://127.0.0.1/callback}', '{}', '{authorization_code,refresh_token}', '{openid,profile,email,offline_access}', 'client_secret_basic', false, '2026-12-01 18:15:05.568+00', '2026-12-01 18:15:05.568+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL, false);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata, introspect_all) VALUES ('default', 'device-client', 'Device', 'public', '{}', '{}', '{urn:ietf:params:oauth:grant-type:device_code}', '{openid,profile}', 'none', false, '2026-12-01 18:15:09.453+00', '2026-12-01 18:15:09.453+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL, false);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata, introspect_all) VALUES ('default', 'mmWbGc0Pii386RgDIAOS-g', 'Registered', 'confidential', '{https://registered.example/cb}', '{}', '{authorization_code}', '{openid,profile,email,offline_access}', 'client_secret_basic', false, '2026-12-01 18:15:59.007+00', '2026-12-01 18:15:59.007+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'registration', NULL, false);


--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents (tenant_id, user_id, client_id, scopes, granted_at, updated_at) VALUES ('default', '01a232d0-f898-7a5d-9a2b-a3c706204887', 'web-client', '{email,offline_access,openid,profile}', '2026-12-01 18:15:56.418+00', '2026-12-01 18:15:56.418+00');


--
-- Data for Name: data_protection_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.data_protection_keys (tenant_id, name, encrypted_xml, created_at) VALUES ('default', 'key-f83e8ddb-eb34-4a5d-9e2d-1b3403ddba62', '\xf9429b0b91fb91840568f7e54ae422a10347079797e76a64c1238010e0c3b5f09dca64a4908a0fb163c9eb11e4272c54eb11a86ffc7c8447f44594b41b75033b782dbde100376f8b2b845785b5a09e59c67a0eb785c374b9c3ca4117f4129d657f0cbc308180250e3cad3ee2e5e467c18b5a0058f7e8d1db9c657b856b7af748b17026ac0e337b28212888b8896e243922d4c36e122b35119d6f99f4159673eed1f791a09620b7a3aeedbe34ca446ff1066bd1ac308e1f772cff5fab4c93132dfe993ca7298311a48d27b020ef93877c2b9013161fa0a6d4a440f14d63a999a6a0505f77fbc116b4862d3d6f571cba6454badb4079491a3cb4d2fad972544a325c9161af550641f3ed88f2e98454978ea03c76757187ca63cc44f9820e1711adc84e0f89683785cfdf9ec4654a7e96d11840255b101b86133c3d5f85063f9c0ab47a564b5a5effd34b93b5702c2b680cb9ab071011c14fe8de1ad5ccea6f1b50b4b177012452232fae6063e3774f8df111feefb17af9b112c440fbe754670a8f3d8348dfb073c1bd868dfe356e914314413ae32406166349df5b3d793825f82897e79be6f8a8f6332aa51da14998a36f73605979dcf451017bf90497f8980602df69672ab4dad1d24fb3a0abb5bac4a7b66816e26320d2c0e399c97b1ce3be19b3b6492e016a7fa764c1a9f39678b61fd926c1507e400fec12c072ee47e80e1082b10f1d6b72b2b6c9fa1c889bc87f8a8f721a8c14efdb1cd57b43c5a27b6aae98f87f88d1f563c66a198c034036d1803a782a9547791b6c64059a8268d5b03dc4acf1dc1b12249b828a20b99a0f24c7a6952fe2b6f17c72dd8ce902b4738d682ebb9c7627f75c6d1b37fe323d287595a110526e3199a377c1fea029a1062ffd46b7675b8201914880190af108eb10c3664c791e0043b8ecf772aae2dfd9681f04a21b20af832b4aeb28cfd3af05c7218c51abc0ac5160a397ac159b294f04e167575d76ef0a47340a378bc144ae8432514fb0cbc6233fc8dda56aca6783013a0aa0288d66eb44e9a762f04c2cb0b46c64c24efb0485bde6f24f18b777c4495e3b164b0aca450a97c4277e530f3a762cc17f72c64c296ad4b79ae3d104b54f53be78230a9f9cddb746eeef1da5f69ec879805a9b7493edc16d921f1a481ecd4c51943ddb901502c791a1166f80658dfe391c20056d25bd4438f20a738c6e6fcb80be0c1f82556f1156ac6a43700142a14195a84f053cdccc195f2676f60fd3beae433aa108379395aab02cd5fa75058af20126', '2026-12-01 18:15:51.943+00');


--
-- Data for Name: device_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.device_codes (device_code_hash, tenant_id, user_code_hash, client_id, scopes, status, user_id, auth_time, created_at, expires_at, decided_at, consumed_at, security_stamp) VALUES ('\xb3fd72681246912fd886f79ec0ced6262d5a6abff12866882046dd83dec0a74a', 'default', '\xd2baa0cfb6e022508263792ee6921cfe59777cf9e3d7b109b289a9c625a9a9c2', 'device-client', '{openid}', 'pending', NULL, NULL, '2026-12-01 18:15:56.968+00', '2026-12-01 19:15:56.968+00', NULL, NULL, NULL);


--
-- Data for Name: email_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: reference_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reference_tokens (token_hash, tenant_id, client_id, subject, scopes, audiences, jti, issued_at, expires_at, revoked_at, user_id, security_stamp) VALUES ('\x308f429bbdced36349f4f254076d838ddce171a195a806552b49ed13b8398679', 'default', 'reference-client', 'reference-client', '{api.read}', '{http://127.0.0.1:44603}', 'VNyUj_Tqs5cArEORiizt2w', '2026-12-01 18:15:47+00', '2026-12-02 18:15:47+00', NULL, NULL, NULL);


--
-- Data for Name: refresh_token_families; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.refresh_tokens (token_hash, id, family_id, tenant_id, client_id, user_id, scopes, session_id, auth_time, created_at, expires_at, consumed_at, revoked_at, security_stamp, parent_id) VALUES ('\x9ceaef74f5b8ec276f956910dade67027a0aed4860e1d2c7499cc655972581d9', '01a232d2-0e3d-7895-9ed0-e0d95522ea43', 'c9b39ff0-659c-8ee8-0a8c-d55a3f7a0ce8', 'default', 'web-client', '01a232d0-f898-7a5d-9a2b-a3c706204887', '{openid,profile,email,offline_access}', 'dYgmJxE9JDENDeVZeUchEw', '2026-12-01 18:15:55.867+00', '2026-12-01 18:15:56.731+00', '2027-12-01 18:15:55.867+00', NULL, NULL, '806983B69F09F1CB2B85B566818E9FDD', NULL);


--
-- Data for Name: registration_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.registration_tokens (id, tenant_id, token_hash, kind, client_id, single_use, expires_at, created_at, used_at) VALUES ('01a232d1-61f2-70d9-bd0d-8d2bde9a788c', 'default', '\xd2e2ed05bafa848136e4165e95d0cbd227ce5c3559e2c1de50a9d1feff795885', 'initial_access', NULL, false, NULL, '2026-12-01 18:15:12.626+00', '2026-12-01 18:15:57.531+00');
INSERT INTO public.registration_tokens (id, tenant_id, token_hash, kind, client_id, single_use, expires_at, created_at, used_at) VALUES ('01a232d2-1933-72f9-8481-ee67faaad91b', 'default', '\xb2c2075e158755a3ac801e2789b41acca48e905e7fcda552543695720db1de3e', 'registration_access', 'mmWbGc0Pii386RgDIAOS-g', false, NULL, '2026-12-01 18:15:59.539+00', NULL);


--
-- Data for Name: revoked_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.revoked_tokens (tenant_id, jti, client_id, expires_at, revoked_at) VALUES ('default', 'Fvxkt03ht3anWBKCRwKjiQ', 'post-client', '2026-12-02 18:15:47+00', '2026-12-01 18:15:47.18+00');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (11, 'migration_checksums', '2026-12-01 18:14:14.454+00', '450b68d2d13da6a60abc258ebe8f1358d08b34be32a300955737315d78fcf5ef');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (12, 'registrable_scopes', '2026-12-01 18:14:14.486+00', '3e60ad5289d54f15ee46d0308cfcfc3fb8946bd0f1a1ef3dbdc6be039b9e9225');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (13, 'security_stamps', '2026-12-01 18:14:14.504+00', 'b369fd0c25263434519362c021b6a0ac85cf16e5e9d933929a1ce34e7932fd16');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (14, 'refresh_token_families', '2026-12-01 18:14:14.586+00', '1e6d77922ad7086d3cbe6fd69209596d3b42d0401ca4405982459762bc6c801c');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (15, 'refresh_tokens_by_user', '2026-12-01 18:14:14.634+00', '93355af92fdded2129b089f67690df81ae8e0139d5133cd2ba7037aa55fedd03');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (16, 'email_tokens', '2026-12-01 18:14:14.699+00', '53c103a1d99db0e08c9200236b1b30b222b19f6aaf2cf2b1f98e7af972364d8d');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (1, 'initial', '2026-12-01 18:14:13.516+00', '17f8c2ea9faa1096c1692f54cb303f9bd107daababd8d3ef09b14b4988663a28');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (2, 'oauth_core', '2026-12-01 18:14:13.827+00', '8de7f01a59e0b8c99abd03eece6dcfbb9693cc8be8fe3cf470f8d0f14fde7373');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (3, 'users', '2026-12-01 18:14:13.898+00', '62534b8df68d0c55ac9676f062af2565201821956af11e911e531ce414df9f11');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (4, 'scopes', '2026-12-01 18:14:13.935+00', '66fc40ca2811e340b16bbb62553b42843cae693a6cef573cee63913a210d3be5');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (5, 'authorization', '2026-12-01 18:14:14.014+00', 'a179ad8cd0aeaea595e1046e16cfdf3a39d1338d28dd80f6a49cbe53079b1280');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (6, 'data_protection_keys', '2026-12-01 18:14:14.094+00', 'bcd06cd573196fa4e09bac3b2fc5cebbb7e799ed8d9efd19dd762af55ff5fb52');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (7, 'settings', '2026-12-01 18:14:14.198+00', 'bc2d4fff97533bb759ff65b3f99e7dd4c6d379bf111601a64edcf04b3fb4be06');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (8, 'device_codes', '2026-12-01 18:14:14.254+00', '5924c9f513e7c1f38272a15a359bc8883a7421b24d18c76954445f0d130ff2f2');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (9, 'registration', '2026-12-01 18:14:14.338+00', '4dc5c630eecd3a84f92e8134603de75ad85bfe4dceeb04d16211e5cc60bd6932');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (10, 'cleanup', '2026-12-01 18:14:14.397+00', '3734b30b4ef90d604848dfdfa1411f631cd88cd05dc2d3422577ad81c8e18d24');


--
-- Data for Name: scopes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at, registrable) VALUES ('default', 'openid', 'Sign you in', 'Confirm who you are to the application.', '{sub}', false, '2026-12-01 18:14:21.064+00', '2026-12-01 18:14:21.064+00', false);
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at, registrable) VALUES ('default', 'profile', 'Your profile', 'Your name, username, picture and other basic profile details.', '{name,family_name,given_name,middle_name,nickname,preferred_username,profile,picture,website,gender,birthdate,zoneinfo,locale,updated_at}', true, '2026-12-01 18:14:21.651+00', '2026-12-01 18:14:21.651+00', false);
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at, registrable) VALUES ('default', 'email', 'Your email address', 'Your email address and whether it has been verified.', '{email,email_verified}', true, '2026-12-01 18:14:21.678+00', '2026-12-01 18:14:21.678+00', false);
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at, registrable) VALUES ('default', 'address', 'Your postal address', 'Your postal address.', '{address}', true, '2026-12-01 18:14:21.694+00', '2026-12-01 18:14:21.694+00', false);
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at, registrable) VALUES ('default', 'phone', 'Your phone number', 'Your phone number and whether it has been verified.', '{phone_number,phone_number_verified}', true, '2026-12-01 18:14:21.707+00', '2026-12-01 18:14:21.707+00', false);
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at, registrable) VALUES ('default', 'offline_access', 'Stay connected', 'Let the application keep access while you are away, until you revoke it.', '{}', true, '2026-12-01 18:14:21.711+00', '2026-12-01 18:14:21.711+00', false);
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at, registrable) VALUES ('default', 'api.read', 'Read the API', 'Reads the fixture API', '{}', true, '2026-12-01 18:14:40.597+00', '2026-12-01 18:14:40.597+00', false);


--
-- Data for Name: settings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'op_policy_uri', '', '2026-12-01 18:14:21.77+00');
INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'op_tos_uri', '', '2026-12-01 18:14:21.774+00');
INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'site_name', 'Upgrade Fixture', '2026-12-01 18:14:31.186+00');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'w4oDJb1hUrYNplZM', 'ES256', '{"kty":"EC","crv":"P-256","x":"xnekFdUF0nGcuOWjQOq6RBucgvmDPbz2fSeQG9iYsvk","y":"RLIfGctpAaLE8ZvCPGX5lbrGVqI2yK2uxkgcsxaNRSo","kid":"w4oDJb1hUrYNplZM","alg":"ES256","use":"sig"}', '\x634bf2a079d7364e4c006f652b59ac972007ae70b44160eb48606bf8f31a8521e95ff01df3641b798101a1a53ef31b15d32b06e40a50f7078569451cdb8db67aa663b815c874e06e094e5b4d6afdd94341c82a3db01d779e81391b8ca33f3a24ea151f83a5dd789cc09ef945af93ffa2c450b49e770d55f4724266be51858b70f7296ab73b985ab75e18711071201e5321f1ddb27629e34e4c3b00e0bc7c69afa5c9e2efe183', '2026-12-01 18:15:17.512+00', '2026-12-01 18:25:17.512+00', NULL, NULL);
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'K8lYY2N0vN_VTar_', 'ES256', '{"kty":"EC","crv":"P-256","x":"zCte7-AG7DSWjU3dBnavQEdke166ytNLhM01iaI-d-0","y":"WLkGLvoJlsZ0IsuaA9EztbyLX3XwUt7SXjFpi1LU0Sw","kid":"K8lYY2N0vN_VTar_","alg":"ES256","use":"sig"}', '\xffcae40fae82601166fb92e26f38039f65813b6646add3ed91b4ac85a930c2ab5d9f1fa622fa8efe97b4d744fb0c1be5639989f2a42d532af67725a17ff1bdefe6bc3dae817691088b22b122d2279811943413058b62e7ce39da6140b18bae29eb18c4e90b63e158d7a926bd81e8e0f1da4eb54c06957ade7dca7617c71830d259c14c664be558bff1edd41cad51fa766806143faf29d4eeea0ecfa39501ce73a2a48a0e1ac9', '2026-12-01 18:14:50.832+00', '2026-12-01 18:14:50.832+00', '2026-12-01 18:25:17.512+00', '2026-12-02 18:25:17.512+00');
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', '2lSTzT5ANVDtF8l_', 'RS256', '{"kty":"RSA","n":"o_idMDpeb92SZmZXGpTL3x5iuCrtDvbwDkqwszD-xyfUD9BplAWklhZbmH_yb8v6ccpnUpN-rKZeIetq6BxMGHxXIbNj6uzWAtNsz8UY5l18YoyvdlxrIFT8F0Exzm522BnJivWBK7T37HC2LaGSaAe5cl0Tn9RqTBefqj5HxAMhI-volE1UjEK8EhNoGqnMDicWZzbq4rM8KlMo-jslo6YP72tSrUaJfyyVdqJDsTJZgnJY3-d78vkls5kaUhrgd9o0ZK1GVGb5p-gDHwRIdLoWFoJUQ9Q42bTuUzHVF-bdociuXVAnko-eKx1DS8IIc_yeipu85y70hkEiCxDG8Q","e":"AQAB","kid":"2lSTzT5ANVDtF8l_","alg":"RS256","use":"sig"}', '\x02c13947ba71512a264c4cefcd8825c272b9edd7cf408c54d55e224be229a827d564a04e95dcad39d82543ddc8664181d49f42a975738214c35e56b134ba538c22173810712edc92115501a03bbc0550753001b417386b0e940da1a83d099ed0e0c43327309ac5cb99e6d533c4476450320c63a9e8e732fd08da10f05ff449372adf5cee011fd1924b1c17b9f05c8b9330851bc0c46ed7e5b717d37e6f4d486582d563129545ec24a18f90f2347afa2193b8f1757abadb5fb64c56888d23681d341d604cbd5d6b54a231335e2e6b4288b1dba3747744b0107bd87f1fbe8e51070a2b7369919c154242ca137f81965341d3d2a2b21e0b5e26e521944d2d8ff49b3031d109c4f4cf2cec1401b2aa31a1fd20e6a9f6307e62dffb3b6dbfc5244fc26a4c11efc25b33d00ef08e1bb6278db526bab5b052c01885896b3dc7fc7c0d494030e35af35b8ba91bebe032a983afb19ed3b427737d1d7c9100c7e1ad972b1f84139848f6c8efe08e7b330790fce7959b3c3612e7e8534beeaf8af4d357916318b19bf3290b358b904900d2285e95e04e994b381625376727b8db7ca7b79ce6f092e4567b7698e0b2435aeea6796f85a9470d49c45b4f7969dfa9864d55d2f6dfe3e637a444a1dbaecaf027450d9451d11b10efcec3f62dcd7147404e4b53f4169b089a6f0fcd14ae3da8a5556154dda0d9018980dc438126e548804b879c3ccd39cc03188b07698e95860eaae22edfd619d8ed7acb6ed80c7970695d40b8e8b6d5380e6af94bff1e96074b26bf2a30050eea4d57682f951ceac6d6cfae4cd1ce47a758d04363d662b1cceddac651ba00d58e7c7329629401966af131d1f9de0533b07e19930c4c42bf7485c868d8460035c13bb7e9acb078343caab9306daa0b48c08e6388271a225c09d62c650555cc1f74166b5849ff732f4a4611e71297f7b19323d8c46faf2b21388e08c651a74ec69fa3579b84b62c5a28ce7d951607ca4e801a4e4d9c8660b82272de77543570ef045e5ac2ac9f1c27cf26de5dd99a43a155435717e3761e0d2c54379e9bbf8b8a00f042a68cb57c2e1ac782276124c196fc611f3e7c27171602e7bf1148c6968bab77b7c7497766895c27f2069aec3d7dc708b05d5e7824d968f28034f31121a650ea27bc0fd08910db14e392c3749be208eedf54c07c74e8b9e56fc97b3743bdd6e793cba1e14f1ce05b2fae2bb453a722d57a7518d708ea5a72596a49db9772c265d4e47835ed425479d47f1e0f5c1b2080db1f3e97a0150b70e7a5eb65002239a51c8bccaacf552a8b214e542fb40fd73f3907f2ebe895da9d8b123f1ee13f7549af64fabd4cd8b2869f6d8f9579770725ee673b412e2d87e96c9040662d49d9e45f909e22bd8230e263797d30830ad19efa9dba566d02370749c2bc009e91f779a62865eac88b78005c0cc574f354bddb610f430f08b04121727cf8fe511c1fb5fd43bf4e289eac386219385564f192e3f276850eae3610a6613432ffd6a039e3045ded5142b12663d0cd0e35bc13f9f454c1880c0db05e9d77ee1b328619003f0241306d56330d41f999957aa0c1e1e0efe9ebe0b323e121bd234d5fd4460899f58d7763cfc8607f91f6a03d7a1f97205dfd19c12cec3ea3b275b18b0d1464c28403435610d6ba323fde86db525843cbdb63c348bb28dc62dcc5e163cb5d38dbb32dfcbc685ec3276af0806b209930328e12caaea5c14a00c6f1e49bd4954dc588ed14c1cf2241c6', '2026-12-01 18:15:17.672+00', '2026-12-01 18:25:17.672+00', NULL, NULL);
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'RXo7r0FK-JkkOmUe', 'RS256', '{"kty":"RSA","n":"75KqiM8TjfMm5xSsfXtOnGhV2w8o7iu76ny2EJHnttjfwztGOs_ICUZVdgj-YQTzXp2vhwgxryLOH1jN4GdSitI1JefPdplE-68OdaeWDb7ppnWsd2-17i1fYqH64GoSztyHOWJDXxYIF1knWR2BzAj7yOCZyC0wMzqEPEUixr_4u9y0ejOeXAdA8_UdvayO6zEDWG_NA4hnLH0Bpj7lyv7Ap1SaTCABR_DgMRNkdmONyaGliMbbQc7zJzujxIKzqXRORy4qkk00oispQSP1GFBXonNqvjpbIwbZ55YTiZB5Xlq2_PRocq-hjSVrpSNoFDeSYI2f_ckZtEedqQPDZQ","e":"AQAB","kid":"RXo7r0FK-JkkOmUe","alg":"RS256","use":"sig"}', '\xf4275f11208822e2d99480eed12f7bdd75c65590bb75fbc3d6dcaefebacc535e33d49095521dbbe7327508daf189899ef508aca48ccb379976699ad660f0549cb28ab337765e83447edafbbaba073a57c5cbf659bd93350fc29fb35d2f6d9f67102d6c8c1655686a163bb4ad9b04444f638c2c6397a3b0b88bc564f5699f1afc621133e65e1d7315424f8bb4cee588da41d829a9881d5adf677aff5eef3440ddca7188bec3fce6ddc3416196f3c53f5df790762fe5f48d8bd3590d429fc0a45a1cd65cf58178f14e638d3a75f15363ded653ff8a7fa2747b83f7d1e62c5968e7e2502015c7ade5b656dd7a9389c2ea43fcc61e8711a51c19bb9ff40c3d2c5368053cd25909e8bbec2c26bd5c6cf0a3ea7d44820bd1be8ca66bb916deac033b9bb4cedbe56659fb57fc1e4e02638c7e9a1428c12e2ec62fe6c71455b9a05efe8a6dfb038af92dbd313f37712c07cc32009a64d70297eb7cddab6309ebc6c751042aacd938df5aebaa09d6ac139ca62fa8d55e0b0f4d7bbd5e01ac8d17a96d96f46065c4162ded3a2ca3cf05f36c7bdd4e1dc555aad3a6cd67f5915f35c4094eda88fad53371bc34d73345af7b495401ca532a3a8345a0d588e5f6e523f594a3770537b24cc5f46a82b8bd3e34f6bd47b8a5233d711928a3b8382d9fdbaa30c8655b33f86ebd8a6ac63644ec17e850844ef0a770265b058306d10b91cf1a4982716f29c14f754d13096c9ac472abf21aebd7b6f5516dc03f649ed183d8fe48e6dfb15025ea6f4da51d227f674e1876d3b1ae884ff1d454f23ff967b7b96972673f41a2b2d3a74b4001382552e9eef4b420b2367b9f5479cc98355c43e730864da8764e4736d3c8576f90585275a04f2c35c4025854a65547628465a3e5e78e8d8176a4bd09c6c70acfa46d959d0286f20f5b49ddecbb399fbe9e2642463c88c680d92baea71154fbdb9b60f5a30986d10eaa3fb3499a40241e4c2e661926b08c7114de46f92adb5aa12588b54c9e2e17baff828760f7d9a3a377abb1e9e39e04c695886c8fb2e733dd2679bca4e6366571826cd82628f186d7646cfaa459cf06489402b58993b877a5e145ff3d605ac9161103fe4a0b464f52c5161bb586092a45e8eee9b5d5cc836f2800e0f653be0873609883d41edfe6fc3efab9d80846fb2fdc026565bbf2ba01e3b1557c284fa34dad637565b4f7f5e0d78e6a89398b36a3d5b9078f170ea29a13dd22c3190177bc2d562b53c60c84004d3b097e1970aa6f582f40b2e30b80834d7c4ef704e8f2e860e1cf5ca8f8d0c5d37777530f5b21e1d61e89711d4bd36bf05d245edf6c84cd137f8ee0f219e9a6193ad1ad8d6b032619ddd36222d0cf04e3a54978f3e706ff37667e6bdbcf36555edc7ace80dc722f3868763b18a5bcdfa80c28d50627726613e8a7e02546293438001c30c74c500fff7174387bf94e1f9ef54df34aa3a40de812f2e0dae6cd595c1248b66a16a6c7432ee1dc1f0f609c0a94be1c895cc03e8dbe7d8cd1122a0f9bb21ccdca3718e0f00c2be72d7501c83ae5fed52f0ba9bb71e766852d281c094c79597e8ab33cd5e7d0250917641df6fb23c3426233a846892cabf6afeddd767f74aa06821f4b508b24d33ea2f7e59428c85998c9738c116b943844dbe0f9ac62163fbfff4f6916ba8eb6816fb37bdf5b3764e1962a9fbab85a377d8cd19c2c801d6b8856c5f59ae79d0832e47afd2261d3d01e1ec5ed9b004100144ca4b2e729634f861c', '2026-12-01 18:14:50.832+00', '2026-12-01 18:14:50.832+00', '2026-12-01 18:25:17.672+00', '2026-12-02 18:25:17.672+00');


--
-- Data for Name: tenants; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tenants (id, name, created_at) VALUES ('default', 'Default', '2026-12-01 18:14:13.397888+00');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users (id, tenant_id, username, email, email_verified, password_hash, role, is_active, profile_picture_url, metadata, security_stamp, failed_login_count, locked_until, created_at, updated_at, email_verification_required) VALUES ('01a232d0-9b64-73fb-9918-208976a87809', 'default', 'admin', NULL, false, '$argon2id$v=19$m=19456,t=2,p=1$KZgMvSzqI/nJ0alpVUSwnw$XAWmpByDRor1jT/ThX9V/odzmUbZ1NfJPjSoSoRSCEw', 'admin', true, NULL, '{}', '1F466233667459871C0B3A0A852A412F', 0, NULL, '2026-12-01 18:14:21.796+00', '2026-12-01 18:14:21.796+00', false);
INSERT INTO public.users (id, tenant_id, username, email, email_verified, password_hash, role, is_active, profile_picture_url, metadata, security_stamp, failed_login_count, locked_until, created_at, updated_at, email_verification_required) VALUES ('01a232d0-f898-7a5d-9a2b-a3c706204887', 'default', 'alice', 'alice@example.com', false, '$argon2id$v=19$m=19456,t=2,p=1$2o5JRhH/kM3RrVbSTr8ECQ$woP/+jnhn0f0dbAjcc0Wj7Q9007fRLmLD9Wercgg1FE', 'regular', true, NULL, '{}', '806983B69F09F1CB2B85B566818E9FDD', 0, NULL, '2026-12-01 18:14:45.656+00', '2026-12-01 18:14:45.656+00', false);


--
-- Name: audit_logs audit_logs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_logs
    ADD CONSTRAINT audit_logs_pkey PRIMARY KEY (id);


--
-- Name: authorization_codes authorization_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authorization_codes
    ADD CONSTRAINT authorization_codes_pkey PRIMARY KEY (code_hash);


--
-- Name: cleanup_lease cleanup_lease_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cleanup_lease
    ADD CONSTRAINT cleanup_lease_pkey PRIMARY KEY (name);


--
-- Name: client_secrets client_secrets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_secrets
    ADD CONSTRAINT client_secrets_pkey PRIMARY KEY (id);


--
-- Name: clients clients_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clients
    ADD CONSTRAINT clients_pkey PRIMARY KEY (tenant_id, client_id);


--
-- Name: consents consents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT consents_pkey PRIMARY KEY (tenant_id, user_id, client_id);


--
-- Name: data_protection_keys data_protection_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.data_protection_keys
    ADD CONSTRAINT data_protection_keys_pkey PRIMARY KEY (tenant_id, name);


--
-- Name: device_codes device_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_codes
    ADD CONSTRAINT device_codes_pkey PRIMARY KEY (device_code_hash);


--
-- Name: email_tokens email_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.email_tokens
    ADD CONSTRAINT email_tokens_pkey PRIMARY KEY (id);


--
-- Name: reference_tokens reference_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reference_tokens
    ADD CONSTRAINT reference_tokens_pkey PRIMARY KEY (token_hash);


--
-- Name: refresh_token_families refresh_token_families_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refresh_token_families
    ADD CONSTRAINT refresh_token_families_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: refresh_tokens refresh_tokens_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refresh_tokens
    ADD CONSTRAINT refresh_tokens_id_key UNIQUE (id);


--
-- Name: refresh_tokens refresh_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refresh_tokens
    ADD CONSTRAINT refresh_tokens_pkey PRIMARY KEY (token_hash);


--
-- Name: registration_tokens registration_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration_tokens
    ADD CONSTRAINT registration_tokens_pkey PRIMARY KEY (id);


--
-- Name: revoked_tokens revoked_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revoked_tokens
    ADD CONSTRAINT revoked_tokens_pkey PRIMARY KEY (tenant_id, jti);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: scopes scopes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scopes
    ADD CONSTRAINT scopes_pkey PRIMARY KEY (tenant_id, name);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (tenant_id, key);


--
-- Name: signing_keys signing_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signing_keys
    ADD CONSTRAINT signing_keys_pkey PRIMARY KEY (tenant_id, key_id);


--
-- Name: tenants tenants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenants
    ADD CONSTRAINT tenants_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: ix_audit_logs_occurred_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_audit_logs_occurred_at ON public.audit_logs USING btree (occurred_at);


--
-- Name: ix_audit_logs_tenant_client_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_audit_logs_tenant_client_time ON public.audit_logs USING btree (tenant_id, client_id, occurred_at DESC) WHERE (client_id IS NOT NULL);


--
-- Name: ix_audit_logs_tenant_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_audit_logs_tenant_time ON public.audit_logs USING btree (tenant_id, occurred_at DESC);


--
-- Name: ix_audit_logs_tenant_type_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_audit_logs_tenant_type_time ON public.audit_logs USING btree (tenant_id, event_type, occurred_at DESC);


--
-- Name: ix_audit_logs_tenant_user_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_audit_logs_tenant_user_time ON public.audit_logs USING btree (tenant_id, user_id, occurred_at DESC) WHERE (user_id IS NOT NULL);


--
-- Name: ix_authorization_codes_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_authorization_codes_expires_at ON public.authorization_codes USING btree (expires_at);


--
-- Name: ix_client_secrets_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_client_secrets_client ON public.client_secrets USING btree (tenant_id, client_id);


--
-- Name: ix_client_secrets_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_client_secrets_expires_at ON public.client_secrets USING btree (expires_at);


--
-- Name: ix_device_codes_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_device_codes_expires_at ON public.device_codes USING btree (expires_at);


--
-- Name: ix_email_tokens_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_email_tokens_expires_at ON public.email_tokens USING btree (expires_at);


--
-- Name: ix_email_tokens_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_email_tokens_user ON public.email_tokens USING btree (tenant_id, user_id, purpose);


--
-- Name: ix_reference_tokens_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_reference_tokens_expires_at ON public.reference_tokens USING btree (expires_at);


--
-- Name: ix_refresh_token_families_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_refresh_token_families_expires_at ON public.refresh_token_families USING btree (expires_at);


--
-- Name: ix_refresh_tokens_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_refresh_tokens_expires_at ON public.refresh_tokens USING btree (expires_at);


--
-- Name: ix_refresh_tokens_family; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_refresh_tokens_family ON public.refresh_tokens USING btree (tenant_id, family_id);


--
-- Name: ix_refresh_tokens_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_refresh_tokens_parent ON public.refresh_tokens USING btree (tenant_id, parent_id) WHERE (parent_id IS NOT NULL);


--
-- Name: ix_refresh_tokens_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_refresh_tokens_user ON public.refresh_tokens USING btree (tenant_id, user_id);


--
-- Name: ix_registration_tokens_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_registration_tokens_client ON public.registration_tokens USING btree (tenant_id, client_id);


--
-- Name: ix_registration_tokens_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_registration_tokens_expires_at ON public.registration_tokens USING btree (expires_at);


--
-- Name: ix_registration_tokens_tenant_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_registration_tokens_tenant_kind ON public.registration_tokens USING btree (tenant_id, kind, created_at);


--
-- Name: ix_revoked_tokens_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_revoked_tokens_expires_at ON public.revoked_tokens USING btree (expires_at);


--
-- Name: ix_signing_keys_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_signing_keys_expires_at ON public.signing_keys USING btree (expires_at);


--
-- Name: ux_device_codes_tenant_user_code; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_device_codes_tenant_user_code ON public.device_codes USING btree (tenant_id, user_code_hash);


--
-- Name: ux_email_tokens_token_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_email_tokens_token_hash ON public.email_tokens USING btree (token_hash);


--
-- Name: ux_registration_tokens_token_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_registration_tokens_token_hash ON public.registration_tokens USING btree (token_hash);


--
-- Name: ux_users_tenant_email; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_users_tenant_email ON public.users USING btree (tenant_id, lower(email)) WHERE (email IS NOT NULL);


--
-- Name: ux_users_tenant_username; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_users_tenant_username ON public.users USING btree (tenant_id, lower(username));


--
-- Name: audit_logs audit_logs_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_logs
    ADD CONSTRAINT audit_logs_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: authorization_codes authorization_codes_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authorization_codes
    ADD CONSTRAINT authorization_codes_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: client_secrets client_secrets_tenant_id_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_secrets
    ADD CONSTRAINT client_secrets_tenant_id_client_id_fkey FOREIGN KEY (tenant_id, client_id) REFERENCES public.clients(tenant_id, client_id) ON DELETE CASCADE;


--
-- Name: clients clients_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clients
    ADD CONSTRAINT clients_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: consents consents_tenant_id_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT consents_tenant_id_client_id_fkey FOREIGN KEY (tenant_id, client_id) REFERENCES public.clients(tenant_id, client_id) ON DELETE CASCADE;


--
-- Name: consents consents_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT consents_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: data_protection_keys data_protection_keys_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.data_protection_keys
    ADD CONSTRAINT data_protection_keys_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: device_codes device_codes_tenant_id_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_codes
    ADD CONSTRAINT device_codes_tenant_id_client_id_fkey FOREIGN KEY (tenant_id, client_id) REFERENCES public.clients(tenant_id, client_id) ON DELETE CASCADE;


--
-- Name: device_codes device_codes_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_codes
    ADD CONSTRAINT device_codes_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: device_codes device_codes_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_codes
    ADD CONSTRAINT device_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: email_tokens email_tokens_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.email_tokens
    ADD CONSTRAINT email_tokens_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: email_tokens email_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.email_tokens
    ADD CONSTRAINT email_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: reference_tokens reference_tokens_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reference_tokens
    ADD CONSTRAINT reference_tokens_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: refresh_token_families refresh_token_families_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refresh_token_families
    ADD CONSTRAINT refresh_token_families_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: refresh_tokens refresh_tokens_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refresh_tokens
    ADD CONSTRAINT refresh_tokens_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: registration_tokens registration_tokens_tenant_id_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration_tokens
    ADD CONSTRAINT registration_tokens_tenant_id_client_id_fkey FOREIGN KEY (tenant_id, client_id) REFERENCES public.clients(tenant_id, client_id) ON DELETE CASCADE;


--
-- Name: registration_tokens registration_tokens_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration_tokens
    ADD CONSTRAINT registration_tokens_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: revoked_tokens revoked_tokens_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revoked_tokens
    ADD CONSTRAINT revoked_tokens_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: scopes scopes_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scopes
    ADD CONSTRAINT scopes_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: settings settings_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.settings
    ADD CONSTRAINT settings_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: signing_keys signing_keys_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signing_keys
    ADD CONSTRAINT signing_keys_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- Name: users users_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--



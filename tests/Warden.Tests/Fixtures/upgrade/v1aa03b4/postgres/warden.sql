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
    consumed_at timestamp with time zone
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
    CONSTRAINT device_codes_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'approved'::text, 'denied'::text])))
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
    revoked_at timestamp with time zone
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
    updated_at timestamp with time zone NOT NULL
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
    CONSTRAINT users_role_check CHECK ((role = ANY (ARRAY['regular'::text, 'admin'::text])))
);


--
-- Data for Name: audit_logs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a2314b-42bf-7898-b5e5-d7d48b40aa21', 'default', '2026-12-01 11:09:05.599+00', 'token_revoked', 'success', 'post-client', NULL, '127.0.0.1', '{"jti": "WoO0posklif1wcga5iYi1A", "format": "jwt"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a2314b-4287-750a-944b-b3a1285272f1', 'default', '2026-12-01 11:09:05.543+00', 'token_issued', 'success', 'basic-client', NULL, '127.0.0.1', '{"jti": "iN8NVMqO58DO5YB3aDw3eQ", "format": "jwt", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a2314b-429f-789a-a305-b3b1bcbeb99a', 'default', '2026-12-01 11:09:05.567+00', 'token_issued', 'success', 'post-client', NULL, '127.0.0.1', '{"jti": "WoO0posklif1wcga5iYi1A", "format": "jwt", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a2314b-42db-73d6-b9e4-5a747f30e0b4', 'default', '2026-12-01 11:09:05.627+00', 'token_issued', 'success', 'reference-client', NULL, '127.0.0.1', '{"jti": "cy03Nm1gGmeU02h94iQeJg", "format": "reference", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a2314b-4427-7be4-8440-93f54c957c60', 'default', '2026-12-01 11:09:05.959+00', 'login', 'success', NULL, '01a2314b-1c20-70a6-9475-c9704461bb78', '127.0.0.1', '{"method": "password", "reason": null}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a2314b-449c-7ece-a366-775a1fcd34de', 'default', '2026-12-01 11:09:06.076+00', 'consent_granted', 'success', 'web-client', '01a2314b-1c20-70a6-9475-c9704461bb78', '127.0.0.1', '{"scope": "openid profile email offline_access"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a2314b-44a4-7806-8d70-b40f319d8980', 'default', '2026-12-01 11:09:06.084+00', 'authorization_code_issued', 'success', 'web-client', '01a2314b-1c20-70a6-9475-c9704461bb78', '127.0.0.1', '{"scope": "openid profile email offline_access"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a2314b-44e7-7cd8-b196-40ba1395dca8', 'default', '2026-12-01 11:09:06.151+00', 'device_authorization_requested', 'success', 'device-client', NULL, '127.0.0.1', '{"scope": "openid"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a2314b-44d3-72cf-aa2f-6e20f326ca63', 'default', '2026-12-01 11:09:06.131+00', 'token_issued', 'success', 'web-client', '01a2314b-1c20-70a6-9475-c9704461bb78', '127.0.0.1', '{"jti": "HnhOCVnurq90GWsgl3q9dg", "id_token": true, "grant_type": "authorization_code", "refresh_token": true}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a2314b-4528-7102-b927-9b3c7018a51a', 'default', '2026-12-01 11:09:06.216+00', 'client_registered', 'success', 'oIL-CIKao9ufWELCoLalTw', NULL, '127.0.0.1', '{"grant_types": ["authorization_code"], "token_endpoint_auth_method": "client_secret_basic"}');


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes (code_hash, tenant_id, client_id, user_id, redirect_uri, scopes, nonce, code_challenge, code_challenge_method, session_id, auth_time, created_at, expires_at, consumed_at) VALUES ('\xce6e8e6e3cf4c45cefb0138a222f1a271e784e0959eeaeaf74196b20977abd76', 'default', 'web-client', '01a2314b-1c20-70a6-9475-c9704461bb78', 'http://127.0.0.1/callback', '{openid,profile,email,offline_access}', 'fixture', 'W9IitXhYLk9KnGxUFbC7zZsLKxQ-cx7itowMvr3mDBs', 'S256', 'qeJyE7uGgSfiRk50LIuc5Q', '2026-12-01 11:09:05.965+00', '2026-12-01 11:09:06.08+00', '2026-12-01 11:19:06.08+00', '2026-12-01 11:09:06.106+00');


--
-- Data for Name: cleanup_lease; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cleanup_lease (name, holder, expires_at) VALUES ('expired-data', '', '1970-01-01 00:00:00+00');


--
-- Data for Name: client_secrets; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a2314b-2232-7833-ae62-124e071d83f3', 'default', 'basic-client', '\x7da145c381981ee1e990bad98ad907fda226dbfc976700fad412a8dbd67272e2', '2026-12-01 11:08:57.142+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a2314b-25c2-7bbb-bb0f-ef42ba28b918', 'default', 'post-client', '\x00c7d654b03e79b9671397c9f8e84ba44f2b4b3f50ea358544066f83a1fdfe30', '2026-12-01 11:08:58.067+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a2314b-2968-7918-b083-b10744f03bc2', 'default', 'reference-client', '\x2fc2706dc4d7c2d0330feb123961ece6fbc6df0657206c71683bf2a1273de986', '2026-12-01 11:08:58.995+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a2314b-2d6d-7c16-9081-79b45731d7ec', 'default', 'web-client', '\x1787d5d10400b34a741248a61aca24be42c0c8c838ff1043ddf9f5d1663658db', '2026-12-01 11:09:00.024+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a2314b-451a-78bb-a409-4ce57629799f', 'default', 'oIL-CIKao9ufWELCoLalTw', '\xaeb0d01c3f49e92ec71aa7cd135bcf0b2768d18f6b9da68f8485a4ed892e8de6', '2026-12-01 11:09:06.186+00', NULL);


--
-- Data for Name: clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'basic-client', 'Basic', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_basic', false, '2026-12-01 11:08:57.142+00', '2026-12-01 11:08:57.142+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'post-client', 'Post', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_post', false, '2026-12-01 11:08:58.067+00', '2026-12-01 11:08:58.067+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'reference-client', 'Reference', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_basic', false, '2026-12-01 11:08:58.995+00', '2026-12-01 11:08:58.995+00', 'reference', 86400, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'web-client', 'Web', 'confidential', '{http://127.0.0.1/callback}', '{}', '{authorization_code,refresh_token}', '{openid,profile,email,offline_access}', 'client_secret_basic', false, '2026-12-01 11:09:00.024+00', '2026-12-01 11:09:00.024+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'device-client', 'Device', 'public', '{}', '{}', '{urn:ietf:params:oauth:grant-type:device_code}', '{openid,profile}', 'none', false, '2026-12-01 11:09:01.088+00', '2026-12-01 11:09:01.088+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'oIL-CIKao9ufWELCoLalTw', 'Registered', 'confidential', '{https://registered.example/cb}', '{}', '{authorization_code}', '{openid,profile,email,offline_access}', 'client_secret_basic', false, '2026-12-01 11:09:06.186+00', '2026-12-01 11:09:06.186+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'registration', NULL);


--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents (tenant_id, user_id, client_id, scopes, granted_at, updated_at) VALUES ('default', '01a2314b-1c20-70a6-9475-c9704461bb78', 'web-client', '{email,offline_access,openid,profile}', '2026-12-01 11:09:06.071+00', '2026-12-01 11:09:06.071+00');


--
-- Data for Name: data_protection_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.data_protection_keys (tenant_id, name, encrypted_xml, created_at) VALUES ('default', 'key-31c6c144-34e8-4c16-af0e-ce613339607f', '\x5d156b05ffdf7dde551f32a9741021d66fd7b6f7b32143cfad9b82833de7dd1668bd24a45a917c3e0d65ee41f7daf46b5e300d80630e765c985597b442e95291f3ba2ee94396277573719031aaf2c0d4e83ff39c70a5b4066c67497fab644a7cce2058e9ac2d23b489b0d7f8bfa63eca18ea923c93414e6caaf5b9ce33279a5e32a0620223f5ab8f1627336697fef4ba74c6c315c7464d0204dba21b98a0c7114eab749c30d9e72de4da680048d432e1dae04f1ece9164039427d81cb133ed740457ae8560ecf869efce5760d14858baf0605c5ce6d960784fc1e1b32faa4deacec7358d809c15ba9296582f2ae8872ce387c08edf400a6ad41d70338d0677837cd43e2ff5bd36a53ec521887572f06309047857e1275a754097e1016093ec49e25c39696de825810b186532e10bd044d6f24ec40b9846b91ed6562d2a4c2ac2e4fd5ebce45dd5b9a6deb4805fd9e59e1a212fa0a930cca1206d8f5ed7648a4cfb329c800d95cc5285e9e6f253ce348a0455977648af54684e394665e9718de2cdb53375d0f75561e90263ac379818c801fb89b26ce0e3d32c849e3ec62e75091880a1fb8c1d23bd50e00bd45b151a03da2fbe18d4b6fb9e8d8389e5cd4c9c3f71229fba24366e053adb189b592238b4bdab3b528cec3e5440ecc6717639b737b23366d0995cb1688af81c745b370269cc630f69bc6c6ca6d9f5a1a81751da1f1366f9c95a1711e8ba430f3588f460e2be5418065a447d86d818596d8fa3026b4f1059b3e3325acb91d30a1b7bbaa2499d28f419a84fe7808546b8a77a4994191beef2ea0eed12630dd34d37bde433e3c3f511169ec6d95579a3c8ce5443377240f8275fea826750eee1bb8d7242a83cf4eaa72a71a05ea9622eba3a5102df68ef3ac431eeb391e6962c8a21f1dbb974188a7cdd285ce24c7a3a3f292bd88d8d0b69786c923b622a34e0692ef6c171780e4371a64bbc13441654ddd6082e75c8c8c54d1f421a91cc9c95333c02f88a40103d85dbb8c8d864880d61a01add084baf1d432c170c43416c20edd1f5e1824a7fad00e15aedf0ee2757f62777ebdb3c5e7a35086e0e8b7ac66f015ab4cbf6247523877964c2b5c51f4355db2fa9871344e5212533397cea799c6627a20433196e0d6bff9d3b76bc8de2db815b72d24a0deb62172ea1f59ba2614f30ab1efbb5903b2c1d9da898586ae84fc0d6198a79b579140785bb88bf68df5b7af61f926b58a31fd90d7eec2fece0142a3c2096461955b48610bd14c9dc48145b68fe9296cc1c29', '2026-12-01 11:09:04.827+00');


--
-- Data for Name: device_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.device_codes (device_code_hash, tenant_id, user_code_hash, client_id, scopes, status, user_id, auth_time, created_at, expires_at, decided_at, consumed_at) VALUES ('\xa7fd87876786423d336fff174706ca91ea78d8db1085c241bcfc759f04f3fa5c', 'default', '\x6d7d2e1de7fc841f81745a82fb3e78aad143485fd3d341d4f7d238e197839dcf', 'device-client', '{openid}', 'pending', NULL, NULL, '2026-12-01 11:09:06.146+00', '2026-12-01 12:09:06.146+00', NULL, NULL);


--
-- Data for Name: reference_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reference_tokens (token_hash, tenant_id, client_id, subject, scopes, audiences, jti, issued_at, expires_at, revoked_at) VALUES ('\xe0830ba86055583f581e1ef2639cc8ef2ee3bd286d3fd8f217c991afef6170c9', 'default', 'reference-client', 'reference-client', '{api.read}', '{http://127.0.0.1:47433}', 'cy03Nm1gGmeU02h94iQeJg', '2026-12-01 11:09:05+00', '2026-12-02 11:09:05+00', NULL);


--
-- Data for Name: refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.refresh_tokens (token_hash, id, family_id, tenant_id, client_id, user_id, scopes, session_id, auth_time, created_at, expires_at, consumed_at, revoked_at) VALUES ('\x67568b7db7e500b52b98dfb1e679607f09cc953b354e7fc64cdbd50118d9937e', '01a2314b-44c5-75ee-951f-a669499cb616', '6e8e6ece-f43c-5cc4-efb0-138a222f1a27', 'default', 'web-client', '01a2314b-1c20-70a6-9475-c9704461bb78', '{openid,profile,email,offline_access}', 'qeJyE7uGgSfiRk50LIuc5Q', '2026-12-01 11:09:05.965+00', '2026-12-01 11:09:06.116+00', '2027-12-01 11:09:05.965+00', NULL, NULL);


--
-- Data for Name: registration_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.registration_tokens (id, tenant_id, token_hash, kind, client_id, single_use, expires_at, created_at, used_at) VALUES ('01a2314b-3538-7ad5-8af9-44e3b42d231b', 'default', '\xe0ca56576f84eb87c93545767f132c32258814588c25fae36b5617728033d3ba', 'initial_access', NULL, false, NULL, '2026-12-01 11:09:02.136+00', '2026-12-01 11:09:06.168+00');
INSERT INTO public.registration_tokens (id, tenant_id, token_hash, kind, client_id, single_use, expires_at, created_at, used_at) VALUES ('01a2314b-4525-7f02-a764-927beee72516', 'default', '\x37208b087bb30840388840a54bc0ab733fbadfc76d70b665200c53fc6d64cc22', 'registration_access', 'oIL-CIKao9ufWELCoLalTw', false, NULL, '2026-12-01 11:09:06.213+00', NULL);


--
-- Data for Name: revoked_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.revoked_tokens (tenant_id, jti, client_id, expires_at, revoked_at) VALUES ('default', 'WoO0posklif1wcga5iYi1A', 'post-client', '2026-12-02 11:09:05+00', '2026-12-01 11:09:05.576+00');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (11, 'migration_checksums', '2026-12-01 11:08:52.022+00', '450b68d2d13da6a60abc258ebe8f1358d08b34be32a300955737315d78fcf5ef');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (1, 'initial', '2026-12-01 11:08:51.911+00', '17f8c2ea9faa1096c1692f54cb303f9bd107daababd8d3ef09b14b4988663a28');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (2, 'oauth_core', '2026-12-01 11:08:51.967+00', '8de7f01a59e0b8c99abd03eece6dcfbb9693cc8be8fe3cf470f8d0f14fde7373');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (3, 'users', '2026-12-01 11:08:51.981+00', '62534b8df68d0c55ac9676f062af2565201821956af11e911e531ce414df9f11');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (4, 'scopes', '2026-12-01 11:08:51.986+00', '66fc40ca2811e340b16bbb62553b42843cae693a6cef573cee63913a210d3be5');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (5, 'authorization', '2026-12-01 11:08:51.989+00', 'a179ad8cd0aeaea595e1046e16cfdf3a39d1338d28dd80f6a49cbe53079b1280');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (6, 'data_protection_keys', '2026-12-01 11:08:51.999+00', 'bcd06cd573196fa4e09bac3b2fc5cebbb7e799ed8d9efd19dd762af55ff5fb52');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (7, 'settings', '2026-12-01 11:08:52.002+00', 'bc2d4fff97533bb759ff65b3f99e7dd4c6d379bf111601a64edcf04b3fb4be06');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (8, 'device_codes', '2026-12-01 11:08:52.006+00', '5924c9f513e7c1f38272a15a359bc8883a7421b24d18c76954445f0d130ff2f2');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (9, 'registration', '2026-12-01 11:08:52.011+00', '4dc5c630eecd3a84f92e8134603de75ad85bfe4dceeb04d16211e5cc60bd6932');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (10, 'cleanup', '2026-12-01 11:08:52.017+00', '3734b30b4ef90d604848dfdfa1411f631cd88cd05dc2d3422577ad81c8e18d24');


--
-- Data for Name: scopes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'openid', 'Sign you in', 'Confirm who you are to the application.', '{sub}', false, '2026-12-01 11:08:52.889+00', '2026-12-01 11:08:52.889+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'profile', 'Your profile', 'Your name, username, picture and other basic profile details.', '{name,family_name,given_name,middle_name,nickname,preferred_username,profile,picture,website,gender,birthdate,zoneinfo,locale,updated_at}', true, '2026-12-01 11:08:52.998+00', '2026-12-01 11:08:52.998+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'email', 'Your email address', 'Your email address and whether it has been verified.', '{email,email_verified}', true, '2026-12-01 11:08:53.001+00', '2026-12-01 11:08:53.001+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'address', 'Your postal address', 'Your postal address.', '{address}', true, '2026-12-01 11:08:53.003+00', '2026-12-01 11:08:53.003+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'phone', 'Your phone number', 'Your phone number and whether it has been verified.', '{phone_number,phone_number_verified}', true, '2026-12-01 11:08:53.004+00', '2026-12-01 11:08:53.004+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'offline_access', 'Stay connected', 'Let the application keep access while you are away, until you revoke it.', '{}', true, '2026-12-01 11:08:53.004+00', '2026-12-01 11:08:53.004+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'api.read', 'Read the API', 'Reads the fixture API', '{}', true, '2026-12-01 11:08:54.705+00', '2026-12-01 11:08:54.705+00');


--
-- Data for Name: settings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'op_policy_uri', '', '2026-12-01 11:08:53.016+00');
INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'op_tos_uri', '', '2026-12-01 11:08:53.017+00');
INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'site_name', 'Upgrade Fixture', '2026-12-01 11:08:53.896+00');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'uN0HiMRQpmUWpQ5j', 'ES256', '{"kty":"EC","crv":"P-256","x":"DYIJbTWptG06HqB37wbzE6TjjjL9u7tQ_fK6lm6MEmU","y":"rOYduqz9lNlXg-TSW7KjOF54XMV71rcaYXI8vt11SvM","kid":"uN0HiMRQpmUWpQ5j","alg":"ES256","use":"sig"}', '\xda48d19a47411ed95b170369b4df0feaefac2ace40645493d448ead5e58e3ac566eafc04481a22a4451b97f3ae0ef60fd174479769282eb88feb20aad5a1b204a95d1230bf7311bd83dcb979bd64460f6df96759477bf0da943e8cd8c391018fc25a171ccc867d25dfffe53057f3b1ced03bc1cfcf5079748d1deada0a16e25d141419eff28bf5a2b7af6e9e07e3d7ba746040d1a2e7463d1fd5864bddfd126af41d7067823d', '2026-12-01 11:09:03.113+00', '2026-12-01 11:19:03.113+00', NULL, NULL);
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'xtDpApDfCp2gUJSn', 'ES256', '{"kty":"EC","crv":"P-256","x":"nrou8qoLZgoK9tLu3GMk7ScNLuT7T3kvwZkNJtNDcBY","y":"-3egeD4RV9fAinVMqJUaml4xBYZp2tar42HZjYNpml8","kid":"xtDpApDfCp2gUJSn","alg":"ES256","use":"sig"}', '\x1f9a22a85ee2bec802cabf0ab5d2c19a603087bca366cc0e04163e3400e9e1331ff632f4294d39b1bf6f4bc7984f053deda15ad8c696725dc2549d921d3c3cc3c79163cacb6508605a7b779a09d51ac6e832a15059c02d761c0da137ec81c8d0e7233513e706786157e583f94177af4516b1aeffc128e60f44e940d1ed113adcd6375664ade2eed8e83e7d14707dec0582557268dd0cb60fe63154ba4a813be5783dee50f3e9', '2026-12-01 11:08:56.675+00', '2026-12-01 11:08:56.675+00', '2026-12-01 11:19:03.113+00', '2026-12-02 11:19:03.113+00');
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', '_w8hv7Uch75baB7X', 'RS256', '{"kty":"RSA","n":"6N1D9UtalbSIEfHcN9qjjBj_Iz5LD2q2slRZIPf6ZntTLxSvQxDXU9mgpWTHIiI6KLRHC7KevbTcAej5EqoDJpWveIfwcP5sDXptZkdQGGHhevq2N4AFlEBCwyG4Ogqgky2_EI9MJKZEAVoweZuxOeavt2CY192JB1r1WvuXa6CCe-lvn77oOtRwaSGzbWrP0AS9VC635BjB9_c9rebZmjqqieZsMDSI7i8cTuKmURGNg2OZIpzEAVXNvs3qDFoN5oj3RJtvq_VGgqMiEVxYFmt7NceD8oqYYy0mmK9tl4g4X-BP-aMD-xvWhjl_kGYUQYMFHifWx0XKtjTHutirKw","e":"AQAB","kid":"_w8hv7Uch75baB7X","alg":"RS256","use":"sig"}', '\xaf541e81a3fbde09a0ab43a5518c07f780e4eb43dbd85d7d9b063f5276852a0954a48afcb374860f05bec50b9bb314097e24411eeee278817bc1511df576837fd475016b96c59da831dc05646a9e5b22983780a5e8112782286f7fde2ed4ab775c8ce6199341e2c40de877b624a78280f0735a22ffdf81cf134a76d52ff5a5dc26c0d6aacb25f3420fec2062d5406e22134f461a4410f081d8ce6ba5225e5bb0f2b5598e5fcf7556471f618cdb1036d23ea884affd5f4a63bb923284263895d5ab94e7f97b2bf5c094e4268a708ac52adeb04dd50c2c379581458ef95a5b03672989b00f2d53af998b6b66670d3ee4fcc14b84178ced4410ac303348b96c7a8ae203eb951389358ab2164b2a372990062894f85243ba6304e7ddc84dabba0b453c9b8162881c82cbd0c54ae6d479079ca805d90b8d509b80939804504e85c829e2011aa5dcd06a62b6f6d59c5c1eb5cf1890e0dd149d11883630478e517ab2b03b4483ab8caa709d3d9f2a1b93c7065596990457ec52032c457c9c13889a32b1c78a8fd1ffd246c86e7f5f021e348747062cf40ae2f72407fd1921abc24042c12af303fe39305ffac366880280bd45881375af4ae456c04830359e77cc003e7210a40571f7ba315c7fb5ef265017f37fe46386b2f77dad6dc42448518b641ca65c3be10b14c59ce79eb98d50ff0bcb812c47de17be1503a127fb7bf919ceaf444c678cb3cb1a3d661063ff5a4e28407165e15267f99f9c0c4d0eb308fefbce152332319babe63dae0680813309aabf014eb7533723c8e09748301be48fbbb372b6e611642bae7908eb917f51e51a2508389748e665ea084de08c21dcc089ef80a39b12cfb25803eb02bef417240944a7dadcf987320ca53e2726464fec3a82d287b0e35e138dad20e5da7b098c39d113d2de12ed75d61281a2eef858b28db566b6d745f602be555bbdf4d77e1d3514b97fa999b592a9314af6aa575d8be2a48f3ff727ab8e2795d24c076d8f16e9ff4b0c9aba7e8a6ff023226470eca9eefdcd77f1869f9c30edd5e77f71a7784778b5d1bce075db3921ad61240c418f8919e7a22f8b798833bfdd13fc3cd591181bc42f9e71d97b021d7183d142b55984547ae1ec7461776ebe9668a42c925acdba51d37868a56f151225596b01d2fada2c7e4de25a62ec984abd44dd83ffecca38f31ddc11f7a53e344f0355ea8eb06464cb1c34184453dcb7d54fe80fdf83b899a6cff85714a326f80eb8fc198988ec7364b69267dcda19d001959849d3ed9b4c4bd652cf59962923403f51b2de3af15f372dbf7441c2963705e0942efbaa0bebea769626b44fb691cf9c02ae4a4d1e6bc4a2e5e04abed6604f2bbdcc977961838a362e3dff39c45d3ba3208dc0c4b7d80e781c7633d0abb3248e661627c60578a13037b8348ce6ec99b673c56e3e9593151dcb9a558ddf6236905d6a933219271aa3cccb2d3249d063abd23715c157f781c4936107dae48b2c292d5b840080afe95dafd2bad9b1f5c41c643b79f1ab837b1e2a23bb46d5443a9c1cbb8c325e8710691856c5708475a607319606a752290e3fd7da25e696e5a4c04e3bbf8ea1b9f6747eaea1ce17d1655f7dc9ebde44c0de50c1e93c590bf583f0e4c839655fdd8fe509a73e8a1a848a485a0866eb690f5845e2a9381454e26b34acd8087b3df6816b3e631ae7820283574f34ac2a5afebdc463e606729dfdfa7d812c80309334afba9182b00284920ccc9bdba4047077', '2026-12-01 11:09:03.14+00', '2026-12-01 11:19:03.14+00', NULL, NULL);
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'DtTDzCRNRPRyKhQL', 'RS256', '{"kty":"RSA","n":"xPlljPzMJQZBwYbzOSi3JKkwPcak7BmFhwLuefO_DO6b1dbtf1PozEjY4IrEE4OOFJQLKIEzmH2Nlc1Oly-tFRJwu13kLmKlkOBkPlp3FS8tHU4Td7nhjuBHo9MTjaWBNkCURi6lv-2c0R6iv9YuyO60rkqMek3eRLufYIyUZApXZZO_OYWBj_Fv_IWpGLLRvzuy3daXbZJyyuoij-C5quJCJu6UIPnMf_ZwVpT6-gLfk42_4TiQXSVHpq5qr4nw1_hGzeeEuRs4qs0bX1tadmTYzHwGzljQOb15dBPVfeGh5fsnDG9VjSCUHE2lN7DSHloZSNxmf7ASe5STuWzX6w","e":"AQAB","kid":"DtTDzCRNRPRyKhQL","alg":"RS256","use":"sig"}', '\xb61b67b107b05a995fabfb23f31a46279dd0f3e2dc65831c88922e1489cc547e7248f8b1786908e4ae12878bfdc8f05188ddbb7d9ee134866bdc8ca2efa2810ea7040a180da8720adbc7e490b5d959a46bbb6a39f72de7b0baf9854fbc5932b06a54d12b98bfadacd3b279e85e443368691b3c71f55639e35381e507daab6425c207bf3d0050b43fd50d0487b2c04d1b66d110b5c43a0c071eb4b6e45c42165b8d8156f66fea86cf82adf63f7494ea48e03099a5d3b1ba58bcf993c1fea78754718ad7170a7d8afcacbc8da88a5f1aacd8497b660dc0de757c55bc2cba694221891ec4979f3359d24cda8369f1f6925eb99a769fc830b0abe9720847c42d3d57a8bbe68b26a917c63f14493006a9d5cc67fe7ff5e0a02242ecc8901fdeeb8a1cbc3aaf4a944b65871ef0e64e47075273b9b4b71562d97d0d76ca9a1672ff218915778a1c813e92846423348c5369362525ecce04d9db9c36b59b92a3076bff41617b6475bd8579abb5a34fb622ad430d1abd4f4224a50b229fe5616a7331c47bfbb03d201b1867d42a268e9eb4ecb2670e1c4f9ff6a2d5adbe7cc90680b31117e5b4e660c34bae74474f875deb0a93bf5c86c3e755d503c69d1f2b98590376f6c1844be86e7125ec53c2ffb624219c827c4088c37e2d299e6671acfb852c69b85299e5f9b0cf71448609a73032748fc88c43f475e2d2ab9633281b90be0493349f80503bbc83aecbfc0436e59310be2206b0b3b8a0ec7aad4e0ff51eee5978a3454254cf12de34a62178c25e271508d7f26dd9062ace1580bf386851ef161b3b9d55843e18ef247c68e178f22de576211d0d18fb76ee5bcc5e3bc78263dca91c58f21c39834278c468d743222892cfc6547636fcebd9f20849d1b31e73e8786ac6b6cca33e2f7671099d1baca42b0d31d814872b7023d0be5045bdc07b8e0031fe38cc3c5d025966ceae2d58a5fb177a2f6aa4daa5c7d189d02b70143fb0f21a300f25b53a8d24a87e71c3f875431a6a70b0e2c2b1794af2810fc7027cd07412d8703f610615b994708de106abc51bde80f2b03aa4bfe3079f2323e429ffd926682da9549817a6409590db8b13b8743116336a6890fb0f24892a583167124684d8a7e01ce4db600acfc39e59ea53e5574c9d43f76382a39e55b11cb91cd4859889670bfa71ba5edeefd931cb696f933e7c0919122c52fc7db522218961e250ba774c9f6a490352c1d45c76594ea7e1b7858f16764bc526b238cac444a28666b8ae5f6e4fd4776aa9ca7d39f9f8a3deb99635fb006627e1ae90720aa81cba1a70efe1a8e5f7e9ac754ed78f1851a7e00d5028d873feb4d0c50ef367e553d4767561c1255019552245e4f1173e0661227ee0b4b6f671255c72088055a5e25cfdaddd9c1dc4359fef7a29c7befa3afc5088c5b7e586fe3b141ec9a1f7614c91c978b18519d0642b2ed0a2f57e3ff0194e903178eaec74ebf9dfbbfc167fb39ee0cb9d37a2c94d071f827c64f2febce76d8387facc2963cba1db7969b59e214f9b28eda17e2a3e32a1281fd7581d9a2067fc180503e209f9840cb02ed2b08488b9934cc6942dac78be88363e3488f4d08fd1cfb445f6fa6b073dc0eed8f91e22c4a2303c8929045d79051ce6bee2a2a06192f2f03f11a9fd5b1f588694cfda59163d585c8cab26fb6008c3ee887abf275c21bc76b28c604e9bd726fecf0a867773db23389986318780e7c2416ae2897d1c27b58f8ae334866a00adaf7e3c', '2026-12-01 11:08:56.675+00', '2026-12-01 11:08:56.675+00', '2026-12-01 11:19:03.14+00', '2026-12-02 11:19:03.14+00');


--
-- Data for Name: tenants; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tenants (id, name, created_at) VALUES ('default', 'Default', '2026-12-01 11:08:51.875933+00');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users (id, tenant_id, username, email, email_verified, password_hash, role, is_active, profile_picture_url, metadata, security_stamp, failed_login_count, locked_until, created_at, updated_at) VALUES ('01a2314b-11d0-703e-a3b8-0cb1332f32eb', 'default', 'admin', NULL, false, '$argon2id$v=19$m=19456,t=2,p=1$Ywas+b8QKDZxQRIIBQgHtg$LtixDpQy/3KSoqGr3ph//766OQV/IzmmKpAcx8rJuUY', 'admin', true, NULL, '{}', '8BE275973136CD550E21E525479C8AD8', 0, NULL, '2026-12-01 11:08:53.072+00', '2026-12-01 11:08:53.072+00');
INSERT INTO public.users (id, tenant_id, username, email, email_verified, password_hash, role, is_active, profile_picture_url, metadata, security_stamp, failed_login_count, locked_until, created_at, updated_at) VALUES ('01a2314b-1c20-70a6-9475-c9704461bb78', 'default', 'alice', 'alice@example.com', false, '$argon2id$v=19$m=19456,t=2,p=1$f39VIs/h++D4JvT6iv/t4Q$PbXkTAVH57Ggaq3Gb71PqIP3pw6UNFPfas7HLEh9gJc', 'regular', true, NULL, '{}', '835DBA3B7A976F21D90C6341238E0D2B', 0, NULL, '2026-12-01 11:08:55.712+00', '2026-12-01 11:08:55.712+00');


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
-- Name: reference_tokens reference_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reference_tokens
    ADD CONSTRAINT reference_tokens_pkey PRIMARY KEY (token_hash);


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
-- Name: ix_reference_tokens_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_reference_tokens_expires_at ON public.reference_tokens USING btree (expires_at);


--
-- Name: ix_refresh_tokens_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_refresh_tokens_expires_at ON public.refresh_tokens USING btree (expires_at);


--
-- Name: ix_refresh_tokens_family; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_refresh_tokens_family ON public.refresh_tokens USING btree (tenant_id, family_id);


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
-- Name: reference_tokens reference_tokens_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reference_tokens
    ADD CONSTRAINT reference_tokens_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;


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



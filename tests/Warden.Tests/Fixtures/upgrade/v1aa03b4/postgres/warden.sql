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

INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a23184-ec4c-71bd-90b8-1161e0710b61', 'default', '2026-12-01 12:12:04.556+00', 'token_revoked', 'success', 'post-client', NULL, '127.0.0.1', '{"jti": "ujfcnJTUfweDZwxwlPcILw", "format": "jwt"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a23184-ebf9-7b6e-b21c-9e926f6a7eb6', 'default', '2026-12-01 12:12:04.473+00', 'token_issued', 'success', 'basic-client', NULL, '127.0.0.1', '{"jti": "qmEjSe_canYNZU-cOewNWg", "format": "jwt", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a23184-ec2d-7de1-9493-04ffdbbb4aa1', 'default', '2026-12-01 12:12:04.525+00', 'token_issued', 'success', 'post-client', NULL, '127.0.0.1', '{"jti": "ujfcnJTUfweDZwxwlPcILw", "format": "jwt", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a23184-ec65-72a0-81b6-9728f6cf14f1', 'default', '2026-12-01 12:12:04.581+00', 'token_issued', 'success', 'reference-client', NULL, '127.0.0.1', '{"jti": "fhpiwKxoiZXr5c0uPCU9Fg", "format": "reference", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a23184-edb4-7f43-be0a-f0f97d647b72', 'default', '2026-12-01 12:12:04.916+00', 'login', 'success', NULL, '01a23184-acc1-7d06-9f30-e3a406d6fe41', '127.0.0.1', '{"method": "password", "reason": null}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a23184-ee60-78d7-b2d1-e452ac0abcdd', 'default', '2026-12-01 12:12:05.088+00', 'consent_granted', 'success', 'web-client', '01a23184-acc1-7d06-9f30-e3a406d6fe41', '127.0.0.1', '{"scope": "openid profile email offline_access"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a23184-ee6a-7a52-8c90-e747d71d7c1f', 'default', '2026-12-01 12:12:05.098+00', 'authorization_code_issued', 'success', 'web-client', '01a23184-acc1-7d06-9f30-e3a406d6fe41', '127.0.0.1', '{"scope": "openid profile email offline_access"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a23184-eeaa-7498-bcf3-c36deb592197', 'default', '2026-12-01 12:12:05.162+00', 'device_authorization_requested', 'success', 'device-client', NULL, '127.0.0.1', '{"scope": "openid"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a23184-ee95-771a-9839-60ebee460643', 'default', '2026-12-01 12:12:05.141+00', 'token_issued', 'success', 'web-client', '01a23184-acc1-7d06-9f30-e3a406d6fe41', '127.0.0.1', '{"jti": "9SYR2c4fdEx_Tz59qbswBA", "id_token": true, "grant_type": "authorization_code", "refresh_token": true}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a23184-eee1-73e7-8664-e61ae4c67ccd', 'default', '2026-12-01 12:12:05.217+00', 'client_registered', 'success', '9UXbMJpufse3gjU52TcM9A', NULL, '127.0.0.1', '{"grant_types": ["authorization_code"], "token_endpoint_auth_method": "client_secret_basic"}');


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes (code_hash, tenant_id, client_id, user_id, redirect_uri, scopes, nonce, code_challenge, code_challenge_method, session_id, auth_time, created_at, expires_at, consumed_at) VALUES ('\x796021bcb2e9270f96d5d40e1a3b4f45f52611d9ce1f744c7f4f3e7da9bb3004', 'default', 'web-client', '01a23184-acc1-7d06-9f30-e3a406d6fe41', 'http://127.0.0.1/callback', '{openid,profile,email,offline_access}', 'fixture', '-X4NJ0QX9SSMm3cLO9k7EcGrdkRaYmWDJpiOMeSpVSM', 'S256', 'tvpyxnsSq8BhNvqvMv99VA', '2026-12-01 12:12:04.922+00', '2026-12-01 12:12:05.092+00', '2026-12-01 12:22:05.092+00', '2026-12-01 12:12:05.118+00');


--
-- Data for Name: cleanup_lease; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cleanup_lease (name, holder, expires_at) VALUES ('expired-data', '', '1970-01-01 00:00:00+00');


--
-- Data for Name: client_secrets; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a23184-c445-722a-80be-d018f8d094e5', 'default', 'basic-client', '\x1e9ea91347a3e2da8e25ddc2e8637565c996df95b598e3df85386adf7723aa8a', '2026-12-01 12:11:54.206+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a23184-cc57-7bda-a96a-e36fc40b76ea', 'default', 'post-client', '\xe6213ed95046975a1f4261e6564af2f134a4e9838254e029d78f2b5912d5ca3a', '2026-12-01 12:11:56.101+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a23184-d243-70bf-a00e-65491bd0fa53', 'default', 'reference-client', '\xeaa7ea1712bbe9f9374ec252df51cc933b0cb2909e004aa51fa1a85701e3564a', '2026-12-01 12:11:57.663+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a23184-d6be-7b3a-a30c-e2e66e5b81c9', 'default', 'web-client', '\x6b4d30a302e106d37de727981b02168443716a13a9b9770f79711a198671dbe8', '2026-12-01 12:11:58.933+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a23184-eed6-7f39-8bcd-90296c3d3b74', 'default', '9UXbMJpufse3gjU52TcM9A', '\x362e56a53bced48c26740181f7ba4e779411d8d2d3959e9dda9933907e865506', '2026-12-01 12:12:05.191+00', NULL);


--
-- Data for Name: clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'basic-client', 'Basic', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_basic', false, '2026-12-01 12:11:54.206+00', '2026-12-01 12:11:54.206+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'post-client', 'Post', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_post', false, '2026-12-01 12:11:56.101+00', '2026-12-01 12:11:56.101+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'reference-client', 'Reference', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_basic', false, '2026-12-01 12:11:57.663+00', '2026-12-01 12:11:57.663+00', 'reference', 86400, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'web-client', 'Web', 'confidential', '{http://127.0.0.1/callback}', '{}', '{authorization_code,refresh_token}', '{openid,profile,email,offline_access}', 'client_secret_basic', false, '2026-12-01 12:11:58.933+00', '2026-12-01 12:11:58.933+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'device-client', 'Device', 'public', '{}', '{}', '{urn:ietf:params:oauth:grant-type:device_code}', '{openid,profile}', 'none', false, '2026-12-01 12:11:59.924+00', '2026-12-01 12:11:59.924+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', '9UXbMJpufse3gjU52TcM9A', 'Registered', 'confidential', '{https://registered.example/cb}', '{}', '{authorization_code}', '{openid,profile,email,offline_access}', 'client_secret_basic', false, '2026-12-01 12:12:05.191+00', '2026-12-01 12:12:05.191+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'registration', NULL);


--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents (tenant_id, user_id, client_id, scopes, granted_at, updated_at) VALUES ('default', '01a23184-acc1-7d06-9f30-e3a406d6fe41', 'web-client', '{email,offline_access,openid,profile}', '2026-12-01 12:12:05.077+00', '2026-12-01 12:12:05.077+00');


--
-- Data for Name: data_protection_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.data_protection_keys (tenant_id, name, encrypted_xml, created_at) VALUES ('default', 'key-95ad8a53-b638-47d6-8a32-a80c723f7208', '\x9f0985ee29b196552cb39a121acac3121ae88b90135631a4ccedec74adaf6d80f5022bbfc0f8b01a1d1361d6c3a8bda8fd97014745f8bcd80213b8dd8de994c0b9e88263df7f18b4df3a4f80c1d039bd6876a31ee719fee86f3f284b53934ce77a2adc2c3d958109e26725b80b333ac02fb1953e4d2313f2bfe06c56184c3618c74ca8e0ef54d86416e934d27cea65298e381598dd0dcbc8f0f92c1db5eda13a6b4f8c4e32038261dec532cf051d46260f796cdfdcced2e4bc6bc1ad78525ec05ab304b8f8d4c290173abb6006265a0fb71eff8a4575d8f49df119b804b27550c4d3f0bf25b8d527abb23e392f5cc809f3909213db42e9cde2d99c2e125065748ccc173915602d686621af6ddec716388f27029bea5f09810f5a57d9d89f1d2c4a57ec8bb5752bb501bf55650833f5aeac5f83bfd0c78c4cecb2ac459c8c163aa954c5521dbfeb2db1d1111a6b94551313fd323f2d752b26d13967ff68b77143d0f631ca0d98a9c35f644410866c04378d1f95c80b77d998f1bd5bd9b2222bdddfcf782a415258b0019a6c5479057236d401145401cfe2b8bc2991504dd1ec57c29683d5605eceef13c245c344667407a5b338f94b33cf2f54d313a790808e3ad632fe65958c13e5ff966d7ca93135a1960f04b64c87b2bfb7301679e7715e8568bbe3e9f9366b2e21286439a91df78808f1a10ed3c244b84e256bfdf64753b6709e3d4ad8ebe727154b1c35948b7c24d4b6a05e6a1b45c9e19be455371a97123c5da293141b4aef7b1ca4813b01bf500f6b9477a90e38f40a1d770456300f6b82a4404ec06658eb2f2a4ca20355228b6bb71632078e9c26f146201eafe23b9d1c2b7e08752291b22e14a9e44303dfeea7f1cb9f26347f4aa4a07caa6b9dcb10b143c54262655922d15b4fe2bf88040d14477ec942dbc246faa36d3eb1f9944e36d5db883ec47ce2128dfec6b7a67bc4c87ae8214250331ce8e7f96563fcafddd2e4af08dc0b5743d28cc6492f4c2944cb2fbbc763bdaa917bac92551069ff4069550ba716c196a2c3f3f3ae30ccc2685af117b45c0047c253562ba5a4d06b516a27eac6f74f97c5fa1eb60edf39c192738c9542d274032ee8d9288934898fdaf2527e07401db8b2f80fd61590eec5a8a804b138bed5281d5003eb26a3928370dc39b9545018221c728569f91408eda5dc14fff5daaf01662d832b0f99a8fbe1a7f42ffefb018c1e1dcd45ff9a386d09af31096728128aea4a1e2c9264c159db37e88851ba6bb0a33a931b290f35f7f2a7836b', '2026-12-01 12:12:03.759+00');


--
-- Data for Name: device_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.device_codes (device_code_hash, tenant_id, user_code_hash, client_id, scopes, status, user_id, auth_time, created_at, expires_at, decided_at, consumed_at) VALUES ('\x22580eb22770d4392d61ba20a211966a428de6dab6df09cc8b667b6cffe84c50', 'default', '\x8a06c3abb4e4d7e4767ccb4358dd387b7d28ac9c1cd325b6cb056ecba108f409', 'device-client', '{openid}', 'pending', NULL, NULL, '2026-12-01 12:12:05.156+00', '2026-12-01 13:12:05.156+00', NULL, NULL);


--
-- Data for Name: reference_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reference_tokens (token_hash, tenant_id, client_id, subject, scopes, audiences, jti, issued_at, expires_at, revoked_at) VALUES ('\xfa011ac9129e7d97b511971c10e4b3c769b85b436c5f71eab28ab79b89f110f1', 'default', 'reference-client', 'reference-client', '{api.read}', '{http://127.0.0.1:37977}', 'fhpiwKxoiZXr5c0uPCU9Fg', '2026-12-01 12:12:04+00', '2026-12-02 12:12:04+00', NULL);


--
-- Data for Name: refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.refresh_tokens (token_hash, id, family_id, tenant_id, client_id, user_id, scopes, session_id, auth_time, created_at, expires_at, consumed_at, revoked_at) VALUES ('\xe08c53f05bd5780988de0c10c031c331c24eca6ede3d2890dfeb903af76a17d8', '01a23184-ee8a-705c-adc6-c079b3a18193', 'bc216079-e9b2-0f27-96d5-d40e1a3b4f45', 'default', 'web-client', '01a23184-acc1-7d06-9f30-e3a406d6fe41', '{openid,profile,email,offline_access}', 'tvpyxnsSq8BhNvqvMv99VA', '2026-12-01 12:12:04.922+00', '2026-12-01 12:12:05.129+00', '2027-12-01 12:12:04.922+00', NULL, NULL);


--
-- Data for Name: registration_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.registration_tokens (id, tenant_id, token_hash, kind, client_id, single_use, expires_at, created_at, used_at) VALUES ('01a23184-df4a-7179-a680-801da40db7ea', 'default', '\x1e7901425a17d9ab8654bb0f1d677d553b76f33448bb7de85f559a7e3934ddcc', 'initial_access', NULL, false, NULL, '2026-12-01 12:12:01.226+00', '2026-12-01 12:12:05.176+00');
INSERT INTO public.registration_tokens (id, tenant_id, token_hash, kind, client_id, single_use, expires_at, created_at, used_at) VALUES ('01a23184-eede-7a26-9a12-da1db51e4ded', 'default', '\x2f0bf4cea6b9aa55f94337b1bde9f25c4c17cacf68cf9c7d2d98c6aa58a28851', 'registration_access', '9UXbMJpufse3gjU52TcM9A', false, NULL, '2026-12-01 12:12:05.214+00', NULL);


--
-- Data for Name: revoked_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.revoked_tokens (tenant_id, jti, client_id, expires_at, revoked_at) VALUES ('default', 'ujfcnJTUfweDZwxwlPcILw', 'post-client', '2026-12-02 12:12:04+00', '2026-12-01 12:12:04.538+00');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (11, 'migration_checksums', '2026-12-01 12:11:42.535+00', '450b68d2d13da6a60abc258ebe8f1358d08b34be32a300955737315d78fcf5ef');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (1, 'initial', '2026-12-01 12:11:42.329+00', '17f8c2ea9faa1096c1692f54cb303f9bd107daababd8d3ef09b14b4988663a28');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (2, 'oauth_core', '2026-12-01 12:11:42.405+00', '8de7f01a59e0b8c99abd03eece6dcfbb9693cc8be8fe3cf470f8d0f14fde7373');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (3, 'users', '2026-12-01 12:11:42.431+00', '62534b8df68d0c55ac9676f062af2565201821956af11e911e531ce414df9f11');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (4, 'scopes', '2026-12-01 12:11:42.448+00', '66fc40ca2811e340b16bbb62553b42843cae693a6cef573cee63913a210d3be5');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (5, 'authorization', '2026-12-01 12:11:42.462+00', 'a179ad8cd0aeaea595e1046e16cfdf3a39d1338d28dd80f6a49cbe53079b1280');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (6, 'data_protection_keys', '2026-12-01 12:11:42.477+00', 'bcd06cd573196fa4e09bac3b2fc5cebbb7e799ed8d9efd19dd762af55ff5fb52');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (7, 'settings', '2026-12-01 12:11:42.484+00', 'bc2d4fff97533bb759ff65b3f99e7dd4c6d379bf111601a64edcf04b3fb4be06');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (8, 'device_codes', '2026-12-01 12:11:42.497+00', '5924c9f513e7c1f38272a15a359bc8883a7421b24d18c76954445f0d130ff2f2');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (9, 'registration', '2026-12-01 12:11:42.51+00', '4dc5c630eecd3a84f92e8134603de75ad85bfe4dceeb04d16211e5cc60bd6932');
INSERT INTO public.schema_migrations (version, name, applied_at, checksum) VALUES (10, 'cleanup', '2026-12-01 12:11:42.523+00', '3734b30b4ef90d604848dfdfa1411f631cd88cd05dc2d3422577ad81c8e18d24');


--
-- Data for Name: scopes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'openid', 'Sign you in', 'Confirm who you are to the application.', '{sub}', false, '2026-12-01 12:11:43.542+00', '2026-12-01 12:11:43.542+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'profile', 'Your profile', 'Your name, username, picture and other basic profile details.', '{name,family_name,given_name,middle_name,nickname,preferred_username,profile,picture,website,gender,birthdate,zoneinfo,locale,updated_at}', true, '2026-12-01 12:11:43.664+00', '2026-12-01 12:11:43.664+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'email', 'Your email address', 'Your email address and whether it has been verified.', '{email,email_verified}', true, '2026-12-01 12:11:43.665+00', '2026-12-01 12:11:43.665+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'address', 'Your postal address', 'Your postal address.', '{address}', true, '2026-12-01 12:11:43.666+00', '2026-12-01 12:11:43.666+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'phone', 'Your phone number', 'Your phone number and whether it has been verified.', '{phone_number,phone_number_verified}', true, '2026-12-01 12:11:43.667+00', '2026-12-01 12:11:43.667+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'offline_access', 'Stay connected', 'Let the application keep access while you are away, until you revoke it.', '{}', true, '2026-12-01 12:11:43.668+00', '2026-12-01 12:11:43.668+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'api.read', 'Read the API', 'Reads the fixture API', '{}', true, '2026-12-01 12:11:45.883+00', '2026-12-01 12:11:45.883+00');


--
-- Data for Name: settings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'op_policy_uri', '', '2026-12-01 12:11:43.674+00');
INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'op_tos_uri', '', '2026-12-01 12:11:43.675+00');
INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'site_name', 'Upgrade Fixture', '2026-12-01 12:11:44.643+00');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'ORMprCRQLk8WXHU9', 'ES256', '{"kty":"EC","crv":"P-256","x":"MbKUaB6Ep3NwfjoJ291tc3O5GKfKG8k11UUf4oToXCc","y":"q0z8-jC3KKxZgF37QF3pa_3A4AjvDcmduLdx3Jqj7Nc","kid":"ORMprCRQLk8WXHU9","alg":"ES256","use":"sig"}', '\xcdd89b4b82b3b2a3911fd3a2ed6de1041087f8d06272550134cd3c1258eebd73e99b56c08d3ab57ac86a3da3029436078cc8e580735c665155e2c8e06d45eed67ac6d6b69e43d99827069dafe92c63a1a8f349f13066085aef4678563a138ca4d3f8de98a77b83faa0dc09051f2173309051ba8f7d9faa5a82ffa62e17cd3240865e0c208f490e338c51c4804efc13b66cef412a9fffb7ca13502bfeb0753a5844fbe9f762df', '2026-12-01 12:12:01.99+00', '2026-12-01 12:22:01.99+00', NULL, NULL);
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'KeCA0QzDyI11Wr7y', 'ES256', '{"kty":"EC","crv":"P-256","x":"kw6DCLV8B4Q7M4j1XizXcE70GCsUi3CXivSTKMRwjTg","y":"ouWnlyXbky9gEA6q2SSbqkL5NEyz3Z0SbhCibSe91aI","kid":"KeCA0QzDyI11Wr7y","alg":"ES256","use":"sig"}', '\x3a302370f9c8a28048894335c757b2ee9e8d88c3e26735b61012da83d3dbfc9e0f0b0376808c103e0901c6a1d2c5b81d881d9da344d49e67fb2f65bcebbd01b01eacbe5afd6a2438119e9a5ba3ded1c41164221ffb00113cf9ec7f90d460d4da899e604edc8fc75362c5d4ec584be4726308c1b1ccb0fcbb00dcb9dfb8aeacfb9aaba8fb8363f9a07298fad0136434a86054a0719892302d3b7bcee9412976fb8969a4e7eaba', '2026-12-01 12:11:50.764+00', '2026-12-01 12:11:50.764+00', '2026-12-01 12:22:01.99+00', '2026-12-02 12:22:01.99+00');
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'vMzOpu5IofQ9yV5j', 'RS256', '{"kty":"RSA","n":"wPbUDpKtkj0vBvFMFNAVt3npEs_Ic2_k8Ywknu0kR7WaNaPYAxHYU9nkMvXV7dXeVrF0a6tlvDnEjRGodrd8ZUOUI4r7LMLmSlWeGKNSqZuQfLbE4ZjqHrM8iV1uH2ut2eLPKDIxTMordU9eILvzo-t3R_YURNPn23ECL4E2N5kq8GVyQBgT_UwWYehNMMuyTJUrzBHou5zihPOJ9Cv1zbiQ0RzVoS5BxXpTbh0pVnG4QNxtvp62_Nu0rMshpj4ASxfrUP6T5Su6j3dxU1NV2xKInrkhHIMMz7a2jc0ccnOhbhjcG7ssMcevFaOR3i5e3SIP1zVrCHysH1dqKhJtFQ","e":"AQAB","kid":"vMzOpu5IofQ9yV5j","alg":"RS256","use":"sig"}', '\x26e8e0c7380530a0f6898d66d698fe9c3889eb85e626d403c7c9c0180ad81e1cb50c657228a4c9999a9119b8a2891d1e5d7698f14bedbc4602fc37894c85b0ddd4152b99915872fa54a8f3cb432ba7d3678ad7076efc802f9f18e3651df8c62c9fa98af7310ecdb8d78954202e2fee0127b4cf714e0d61409ec6f3fb468458fc5993818d2bf3d4092e760a0f4c2eec7d08ec1d28c63e8090aefb537ce7c60cf4405a9c7945e55f395d01c7dfd9aebcaed4f9694e7991e50bbdcef5b3fc28da4cc6844702fc585b9a9adfd356bb37c3499490dd5e79587b9bef4dd8233c42a4209d37f7fc79f29951a8a6536f2eafe7f02938d3a620c7dd650e7063c67680d287361e26bb4f428320d90bd46e303aeeb6b25adb8c727bfb386edd2500d0934bcbe2fd18c125f9d01d9cdcd029d6c059cf0d067e5de42f5fc6ad4cc2ecddd3e9bcfad5df630fa4b7c15919c9747c72b6e1712a428dff3183c4c37807b71dcde722227ac86fda1f77184eb3faddd55cb33128c6442a64c3c1bd7e9ad74d6cb21f719c4f4dadbecb93021fd5e34fecb6cd0dd6bdc90f94ff367e59dcbfb4d0d0e5bac04e906258825b275d1193dfa562395b81709089f19795dd682834270fa2fbcfd304b31aedea18760a1a24eabc7c0d83133a078b665db17534718a8c5f7fd308c526e3680e9fab9de23f736c12e0d6404098415b8d02de129537ba51821a9a7cc9fa4ac4fb2e697ed4ad45a720856346114d89e88311e93c7ae6d703643690af537d8bc17028bddc589b0b6ebdcae7c035c0c44e1a561752a973d63df4bcd3f42092ca9162d69bdb40b424af2f1380c64b62e7171af886498d454628ed3cbbc1f773b2d5e5c65ba5dff6388bde02c805d5eaf56350f9dfb9e4d686be1084ed7db1f55501136cad1e208c69a2ea4535abfea80d828d2a1f3cbcd6e9918acb85cd4376ebfc9ea3764da2ff6f2b84650b20ae40f929a5457f714cccbd5fc7fe1e1d453cdaf36cc2b99ecbd466224d8618e558e683a86992b5c0f3b26937f20c245035d57e2dc7c828b8e6c6d1c4ff0f0e7fbb39de6a58128eed64270181decf45a4fe3fe0b24d3ebf3e1c40814f33e3bc0d53d1fbafcf5a7d98a15764a0ca629f7e75e1a8a5ffe06aa5b48430f6586787fb7d37f41d65b486b133fa77d0f0d6acba84c6ead92be34eba46652299347401f27d2b9d444e1473324f353185319548418b2c4b583a8188333c43bd5d31f058b9b11eda1ab08f439cd0a413a70936533b1ec9f9ca5906b5925ff14682b9a521c018f60c78593e06d1bde49e3a2e89e81328c09acee7bf384955810dee586c61ced6d115015539dc75ee01fbd112c29fec0f7dcd337ce020fecc8cf9b535a5fb88e7e541f24e46af9b4d5da85d2ebe60d093cba5b2d9103ecbdcefce7432b9ff00bab14ec20055f0ee565994019282d0aff647790952cfaffd5839ca232ab1dd7bdb401125461d8cfbe1eb7a581f7202b474d23e5a233eaed1c77a11068960df8059009fb653ec92a03b3c223e5812f22dc8924f843e836836032b9f5d48fa206e821ca35d4fed9cd1161c9a8e3380b4fa64446fb81c9e9e0b49e344af390daea9b6e59987c899482769a3a8cd55484a03a6a78f99465f9535c435473c010a907238379c0346b52af0d400a613626207deceef9974c196ac061237b8c67b538be980e1f587507a31e2db2674768ce32b9c96ab8048c8c6a62c20f711bcf29092cbc3dc16ab6045ef45a8b1378d3b', '2026-12-01 12:12:02.014+00', '2026-12-01 12:22:02.014+00', NULL, NULL);
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'I6fPDgYGRKZuQO-G', 'RS256', '{"kty":"RSA","n":"qNEzvMrCgt_uu-Wybc6Mk9RdAbgxrIp0-4beUpGpeybPcXzAsuheEOFD_Eylm1matGMbYURppcAhKV3dlLHIQq4RtmCCyafnQ7QtcpbhioPOFr-JD0aGz-ILMQzYeslAw4ZNMqStWjsuI3lLiTBZHAmnpulXdwvEyREHKAlEHhyHyd8FL3KLbCaPyK9cT4VnDY_6VvJFOmYNizWnku0mEyO3ev62Qf8D9WXmWAHQWelp3t5dLYTFqasbD-8p4b_8aSc5M4SbSK2-9a7z-XUv52XbwS1Oc-9vDYdO9_202cgncT6bx8hdasEciNUvceZ4OxsxcEsnzda7jp0ep0jTwQ","e":"AQAB","kid":"I6fPDgYGRKZuQO-G","alg":"RS256","use":"sig"}', '\xcd5a950a851a78acc69f0fa6f284ae123f51961196ba3ac49df5522e3eda132bd885916a3351ed156c5b7ce2520f9fb8cecabd10fc552110d75b967ce5bbf65e850a5302f0abc8e3f733a021ad1537173df10c6193a004f78697279e66e172048243a76a8c6df93ec66b9ff599003be178d2e7e3bcdd7b3cc6b620d85765bf886c055aea4e4f3b441e202ba48d4968a4192c2e882af05f3e6ea8b3409abdcae66a4837f6756686e14526c47b26e6795e50c33ccfd3a1ed2a9224d576994a2cb700eed142755e8a8c8e387ec89d845e8128beb7c76d9823644fc359b3ae74a3e40965a17357e11259a440aa9aad98769c58e667bf66a90f5876e699dda9f79910838ec6d4e7ac05f0bc10381f8bb5427a83fec2c2b326926052e9f14728b51f5d144218789bdf23f5aaa7314c32a7e129be99915fc351a2ae868554d2a0ba4914f2289d12fa32362db854982af0629ae74aa10be2bedae237383bbf80ac98b90aa8d3abddfafd1bd36d7207b6589c508faab188f41f776211ae5eef00784980744b89c5f41125429ac3a10c867db03c39c28bfec348f58cb59e7dc427a2e09cfbdb34a4b42564ad08cb3597d0c9b21a89ad57c4716ab28d6d820326cef73d22e6d6beed3e38c9ba77f35936be33b157085c7ddb3a7a4b81a20e3418b206fe55c1a3e1e7418d9d029235bbaa7ae6a5bab7398c1b5d4e6fcfc01e43f0a510afd24517d5e48e2d4c658c214f31569e8246edcad1bfe4df67ddf6c401a40bd1854aff86254027dea2f799622babaa1436603d1c008db0e35261aa0e12a59f774ae24581743a0b2f5ec755f7df36bcc11abbfe0f858eb9b442d7ad422be0f8b9f237e268242533b0570145c643e023934504cafc3721f1f9d0beaeb396ab2cd757f01533755a0a8e2516221396200532b86c82307791e03e3546b59ac857092e9933ec10c9a1d2cb8236c1bbc28aeacc3906e1c7f74ebed73b92e7c855a948f0b36280aa195263f33af7aa0a26d14884f600133e246e450355e22142f57c1c2dfebc241ebe94a99d8f10b431988a834eb94ba4f7f28150fc87da2d010c3031f20cae829fc0bfd1c14dc9321f2e143ba22f9473a57327a330de36216a63f04b6765b46ad79d53b2bc788d8464d6c451eec802e1c7bc5f90bacc5667fef485d95e02bc0ec8bfd50c4c43097fd79db218e9da7c37049428b1d70ea84bc8b8a6d423f5134478b1c6e8d40c9ec422adceef04c98aec102dcc99e3baa2b4470c5993d517a9b8784a192da6ec3f57d303bedfb020c4cc74f8cfd88e812b8129f17addede98fc3820ef60394e3d68a88fa9a4bba4a1391d2064fd7ce2134e82f9b28de1ceca0f59aaaefa9db6b31ec5654e87770d718141be53740c3cd13129dc9471b1b3532625d0b472d4dbbc1348f29cc73f665b00b3cfb4f9ae84c8d69a558bf90a4689e3b6bbad817df6857c3ccc9078e45d3b2f10d1b5ee3beb61cbc10f8a4d0e1ee4d4a10ba1994d25655907ddf0fbb776d7f4d0c5d5e4191d5aa16976fe39c9465ce2df156c3bd28663b9445d68a33d0938380cf71f7de5d56e440f601c9795b88d32b45e9055e7322cf30deee3d864a7836c3104c799aa8ed9d44afc31559ea260dc19325b7f8b83ae996a4f54ccce8793b9f81878fe94270a4d5c2002ba6b48e4207c5be99fa0ea0342e27b50e972f6a578bf300036248dc53acad8589afed9f9ae6dee7fb3b987e7d53687ac4d93cf1f756d972f7c2ec48aadfd9dee14a4bee', '2026-12-01 12:11:50.764+00', '2026-12-01 12:11:50.764+00', '2026-12-01 12:22:02.014+00', '2026-12-02 12:22:02.014+00');


--
-- Data for Name: tenants; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tenants (id, name, created_at) VALUES ('default', 'Default', '2026-12-01 12:11:42.275624+00');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users (id, tenant_id, username, email, email_verified, password_hash, role, is_active, profile_picture_url, metadata, security_stamp, failed_login_count, locked_until, created_at, updated_at) VALUES ('01a23184-9aff-72a2-bcef-bfe99d5d776b', 'default', 'admin', NULL, false, '$argon2id$v=19$m=19456,t=2,p=1$uIflr/SNepPO8ObPmb143Q$Hd0awzl1iWgT9yACrt0wsR4JZBFovSmpdsSys6beRwY', 'admin', true, NULL, '{}', '4654EBF604387B4A769BD8855D26CE08', 0, NULL, '2026-12-01 12:11:43.743+00', '2026-12-01 12:11:43.743+00');
INSERT INTO public.users (id, tenant_id, username, email, email_verified, password_hash, role, is_active, profile_picture_url, metadata, security_stamp, failed_login_count, locked_until, created_at, updated_at) VALUES ('01a23184-acc1-7d06-9f30-e3a406d6fe41', 'default', 'alice', 'alice@example.com', false, '$argon2id$v=19$m=19456,t=2,p=1$CEdI3nRkz/2le+R3MmaftA$5rsztU9IVrEw/g0dUkYjSp3g02kF6PlBARzTG2F25eQ', 'regular', true, NULL, '{}', 'FC31762CCE521365060DFACA1A760285', 0, NULL, '2026-12-01 12:11:48.288+00', '2026-12-01 12:11:48.288+00');


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



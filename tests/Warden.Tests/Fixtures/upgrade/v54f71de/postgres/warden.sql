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
    applied_at timestamp with time zone NOT NULL
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

INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a230d6-0a0f-77c8-8c67-351a13710ccd', 'default', '2026-12-01 09:01:03.375+00', 'token_issued', 'success', 'basic-client', NULL, '127.0.0.1', '{"jti": "ulgO3h2h3tlglviGyMnTiw", "format": "jwt", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a230d6-0a48-7440-8598-d4995a96bb34', 'default', '2026-12-01 09:01:03.432+00', 'token_issued', 'success', 'post-client', NULL, '127.0.0.1', '{"jti": "Onj6L3A18Euz8liBMM32SA", "format": "jwt", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a230d6-0abb-7740-bc97-436014b8a944', 'default', '2026-12-01 09:01:03.547+00', 'token_revoked', 'success', 'post-client', NULL, '127.0.0.1', '{"jti": "Onj6L3A18Euz8liBMM32SA", "format": "jwt"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a230d6-0b47-7fb7-82ec-7fe2c784d368', 'default', '2026-12-01 09:01:03.687+00', 'token_issued', 'success', 'reference-client', NULL, '127.0.0.1', '{"jti": "TAnh-iIr2CfDlGAjjkn2Og", "format": "reference", "grant_type": "client_credentials"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a230d6-0fb8-7aac-b083-03c20e70e1f9', 'default', '2026-12-01 09:01:04.824+00', 'login', 'success', NULL, '01a230d5-c207-7cd1-91ba-05426c85e902', '127.0.0.1', '{"method": "password", "reason": null}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a230d6-1167-7083-a53f-bce15eb6116a', 'default', '2026-12-01 09:01:05.255+00', 'consent_granted', 'success', 'web-client', '01a230d5-c207-7cd1-91ba-05426c85e902', '127.0.0.1', '{"scope": "openid profile email offline_access"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a230d6-117c-7917-96a5-7beced20b16a', 'default', '2026-12-01 09:01:05.276+00', 'authorization_code_issued', 'success', 'web-client', '01a230d5-c207-7cd1-91ba-05426c85e902', '127.0.0.1', '{"scope": "openid profile email offline_access"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a230d6-12ea-7e7d-ae1b-176ca0c78540', 'default', '2026-12-01 09:01:05.642+00', 'device_authorization_requested', 'success', 'device-client', NULL, '127.0.0.1', '{"scope": "openid"}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a230d6-12a2-7214-a668-6a03b297111b', 'default', '2026-12-01 09:01:05.57+00', 'token_issued', 'success', 'web-client', '01a230d5-c207-7cd1-91ba-05426c85e902', '127.0.0.1', '{"jti": "Xp7Mpi6jJs-_zHSqy9ItLw", "id_token": true, "grant_type": "authorization_code", "refresh_token": true}');
INSERT INTO public.audit_logs (id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details) VALUES ('01a230d6-137d-7533-94ab-6475bc22a480', 'default', '2026-12-01 09:01:05.789+00', 'client_registered', 'success', 'jyh-c7wp0qHjsLvTqeqWWA', NULL, '127.0.0.1', '{"grant_types": ["authorization_code"], "token_endpoint_auth_method": "client_secret_basic"}');


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes (code_hash, tenant_id, client_id, user_id, redirect_uri, scopes, nonce, code_challenge, code_challenge_method, session_id, auth_time, created_at, expires_at, consumed_at) VALUES ('\xf906c9b89ff89ff61d62ae1511e3d53a5e9ecca62ea326cfbfcc74aacbd22d2f', 'default', 'web-client', '01a230d5-c207-7cd1-91ba-05426c85e902', 'http://127.0.0.1/callback', '{openid,profile,email,offline_access}', 'fixture', 'nRcMBLuXU673RXYJSt1jNEJ51nKIBVWaW0NCzjzSZx0', 'S256', NULL, '2026-12-01 09:01:04.835+00', '2026-12-01 09:01:05.257+00', '2026-12-01 09:11:05.257+00', '2026-12-01 09:01:05.402+00');


--
-- Data for Name: cleanup_lease; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cleanup_lease (name, holder, expires_at) VALUES ('expired-data', '', '1970-01-01 00:00:00+00');


--
-- Data for Name: client_secrets; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a230d5-cab6-7ffd-ac0b-d36fb2abf81c', 'default', 'basic-client', '\x104b98b9f74792af3a2e6723bc38f0c24a07030a5826fe1b89f513a7e7c81cbb', '2026-12-01 09:00:46.973+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a230d5-d1c3-7052-a9b9-6fe5b30975af', 'default', 'post-client', '\x6b0ffa3a4de0687683e40b844996be2b91915ad7e3404e762aaedd9bf7c6f7c3', '2026-12-01 09:00:48.772+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a230d5-d864-7413-a54a-8155463bd046', 'default', 'reference-client', '\x9739b2f7cbdba6f0ffc4da8a473ee98d70ca31432ba6ad75cd5a9ed202f6fd16', '2026-12-01 09:00:50.463+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a230d5-dea3-7a30-945f-d7ff8a633a2f', 'default', 'web-client', '\x4bc1b665c0cc327108a5c2fff97aeeb2c660d4d368fa6a4f9b774bbb3facd3b5', '2026-12-01 09:00:52.091+00', NULL);
INSERT INTO public.client_secrets (id, tenant_id, client_id, secret_hash, created_at, expires_at) VALUES ('01a230d6-1350-7a49-853e-3da7725dc6e6', 'default', 'jyh-c7wp0qHjsLvTqeqWWA', '\xb305515e8be6855417b95ae7e4376ab290f59288385403d5d576cca450129694', '2026-12-01 09:01:05.713+00', NULL);


--
-- Data for Name: clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'basic-client', 'Basic', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_basic', false, '2026-12-01 09:00:46.973+00', '2026-12-01 09:00:46.973+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'post-client', 'Post', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_post', false, '2026-12-01 09:00:48.772+00', '2026-12-01 09:00:48.772+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'reference-client', 'Reference', 'confidential', '{}', '{}', '{client_credentials}', '{api.read}', 'client_secret_basic', false, '2026-12-01 09:00:50.463+00', '2026-12-01 09:00:50.463+00', 'reference', 86400, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'web-client', 'Web', 'confidential', '{http://127.0.0.1/callback}', '{}', '{authorization_code,refresh_token}', '{openid,profile,email,offline_access}', 'client_secret_basic', false, '2026-12-01 09:00:52.091+00', '2026-12-01 09:00:52.091+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'device-client', 'Device', 'public', '{}', '{}', '{urn:ietf:params:oauth:grant-type:device_code}', '{openid,profile}', 'none', false, '2026-12-01 09:00:53.679+00', '2026-12-01 09:00:53.679+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'cli', NULL);
INSERT INTO public.clients (tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata) VALUES ('default', 'jyh-c7wp0qHjsLvTqeqWWA', 'Registered', 'confidential', '{https://registered.example/cb}', '{}', '{authorization_code}', '{}', 'client_secret_basic', false, '2026-12-01 09:01:05.713+00', '2026-12-01 09:01:05.713+00', 'jwt', NULL, NULL, '{}', NULL, NULL, 'registration', NULL);


--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents (tenant_id, user_id, client_id, scopes, granted_at, updated_at) VALUES ('default', '01a230d5-c207-7cd1-91ba-05426c85e902', 'web-client', '{email,offline_access,openid,profile}', '2026-12-01 09:01:05.236+00', '2026-12-01 09:01:05.236+00');


--
-- Data for Name: data_protection_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.data_protection_keys (tenant_id, name, encrypted_xml, created_at) VALUES ('default', 'key-f73c5367-5fcc-444a-b90a-de85efdb0c94', '\x305ba7c61b450e40b5195f96a92d8c56f08757e13068fd3261583828dcdda99eba2d7c7164fbd4128b86322f0a62eab54502972b9695d6647236e7ad5e02872781234ce1e230879c10215a887d3cee9f1affb24040762c5baaf6766ef8659cdd354de1e9c179cd612e52a4fcb0eb37d9ccb9e3e6790e484fade721f38daf39808de2afd0360eb7f5165cea7ba97d57ceb8f4e174f63551d400d3e91154b7668c2612663b64f8c1b696618d0a08f5ce8151d5401d93960db3bc6391ed1b1af0038dbe31ad31d58ef39941c977aaaeb0ffa23327682f899b57e8398150b8fba05ef88ed111031570062133e0bf8cd0017b22853c03452bd0c6fdb1ca27340a6a049d9758fc70ebd5514fcf2f9409129c9c8551b79a3e839fd3631d47f81715a8dd59803520f221541c20cef73303b24f8be9f77c8fc98be14d340d87eb6068e9ce2e92616711ef6b9426db73b5c949ed2b61bf2fde918a44b184196c78e7985d4819f303da3a38d8692a5543a204f22651b085c1854a45cea5885d744e0119f11aed3925dc17239276acc0b3ec02b8181296f6033473d33e772a6a1ed139e7feaa2e46129b70692f11fdef7b0ab43644707aca6e08bde9f4a0bd387c297f3b8ddd02e3f1961bc670c8231199e72e5060ca612b38ffcf949716a16c156da6682ec6c162e8642fbcb7208a3b703d39c6c1bef9fe74b2e2f27002e56e712abb40ecc19787edae93ce5dadfe8398a5eef382b4cff3ff4085aec758248f02c5f18311b525457291a5a6912351d37a1f670f37e91d57d949919323c691643489f20487584bfb12dcad9021223f5e1d68fffd3e5ab909011f60b9dd4bd79fcd2181228366ea8956e0079183559bd84cbea0b67b66e872b8ba810a887b375a23f20f9a5961352af56ccd0f224f74a77db6240bb013615c2cafd12d6a1555a900a056ef28b586abe194bf3f40def6dda02f8bde630a0940b3bbcb74400575158f81a5d0def321bbf0372b9945034e297a27950a39de268f9d8b6de0e88293125b62f1d6a1b2b75f6ee7854fc5f3c0f3ad71211f161b7473c0fdac26b372ea25644a4534351e8f5f6b466c14b9ec7093afe88562ef4e02f10f345195f5bf218440a058dcbb727252161fc58857c47488bb92e448b47bf5abad8ea9b1997b05b39b295d13839d03911cc4628fd9fa652746ae13fa485042351cd0043d2f4ce775c3d7ceb3f5ca1d07fe5d5c47e586ad1d2cb52bb1a9612f5cc49a4e40dc3b1eb3ae0e78d1e0b1987efd0e257fcd3e6419ef09850684f9341162', '2026-12-01 09:01:01.067+00');


--
-- Data for Name: device_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.device_codes (device_code_hash, tenant_id, user_code_hash, client_id, scopes, status, user_id, auth_time, created_at, expires_at, decided_at, consumed_at) VALUES ('\x7cad185860781cff3a7438409bd0e54b29cde6c19f1fc5377c120bf5b88e98b1', 'default', '\xf241d5a6e73e52168175bbab3c7ee9862492acbbc4e304cc33d6bc7e1487f29f', 'device-client', '{openid}', 'pending', NULL, NULL, '2026-12-01 09:01:05.624+00', '2026-12-01 10:01:05.624+00', NULL, NULL);


--
-- Data for Name: reference_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reference_tokens (token_hash, tenant_id, client_id, subject, scopes, audiences, jti, issued_at, expires_at, revoked_at) VALUES ('\xcfae84098145b9491028a9c4cd02f50ba594c988ffa0306a5a3806969dad0ac0', 'default', 'reference-client', 'reference-client', '{api.read}', '{http://127.0.0.1:40859}', 'TAnh-iIr2CfDlGAjjkn2Og', '2026-12-01 09:01:03+00', '2026-12-02 09:01:03+00', NULL);


--
-- Data for Name: refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.refresh_tokens (token_hash, id, family_id, tenant_id, client_id, user_id, scopes, session_id, auth_time, created_at, expires_at, consumed_at, revoked_at) VALUES ('\x313da969744fee3a95fe4aa26d13adcaa637b4bed04d96f068ee3a162fbbd122', '01a230d6-1238-71c1-9edf-b32e5889d272', 'b8c906f9-f89f-f69f-1d62-ae1511e3d53a', 'default', 'web-client', '01a230d5-c207-7cd1-91ba-05426c85e902', '{openid,profile,email,offline_access}', NULL, '2026-12-01 09:01:04.835+00', '2026-12-01 09:01:05.464+00', '2027-12-01 09:01:04.835+00', NULL, NULL);


--
-- Data for Name: registration_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.registration_tokens (id, tenant_id, token_hash, kind, client_id, single_use, expires_at, created_at, used_at) VALUES ('01a230d5-eb90-7133-97ef-22cfc3cf654c', 'default', '\x12c25c53d1f1972683579b9246999c6e10b179018278db745363d08033cb710f', 'initial_access', NULL, false, NULL, '2026-12-01 09:00:55.568+00', '2026-12-01 09:01:05.667+00');
INSERT INTO public.registration_tokens (id, tenant_id, token_hash, kind, client_id, single_use, expires_at, created_at, used_at) VALUES ('01a230d6-137b-75df-9379-b5c560ef31c6', 'default', '\xa5734b282abd44bd37952fb1f01cba63c37d2ab689fa3e7fc1aa974c6d3db4e5', 'registration_access', 'jyh-c7wp0qHjsLvTqeqWWA', false, NULL, '2026-12-01 09:01:05.787+00', NULL);


--
-- Data for Name: revoked_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.revoked_tokens (tenant_id, jti, client_id, expires_at, revoked_at) VALUES ('default', 'Onj6L3A18Euz8liBMM32SA', 'post-client', '2026-12-02 09:01:03+00', '2026-12-01 09:01:03.456+00');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations (version, name, applied_at) VALUES (1, 'initial', '2026-12-01 09:00:38.195+00');
INSERT INTO public.schema_migrations (version, name, applied_at) VALUES (2, 'oauth_core', '2026-12-01 09:00:38.301+00');
INSERT INTO public.schema_migrations (version, name, applied_at) VALUES (3, 'users', '2026-12-01 09:00:38.327+00');
INSERT INTO public.schema_migrations (version, name, applied_at) VALUES (4, 'scopes', '2026-12-01 09:00:38.333+00');
INSERT INTO public.schema_migrations (version, name, applied_at) VALUES (5, 'authorization', '2026-12-01 09:00:38.338+00');
INSERT INTO public.schema_migrations (version, name, applied_at) VALUES (6, 'data_protection_keys', '2026-12-01 09:00:38.347+00');
INSERT INTO public.schema_migrations (version, name, applied_at) VALUES (7, 'settings', '2026-12-01 09:00:38.353+00');
INSERT INTO public.schema_migrations (version, name, applied_at) VALUES (8, 'device_codes', '2026-12-01 09:00:38.36+00');
INSERT INTO public.schema_migrations (version, name, applied_at) VALUES (9, 'registration', '2026-12-01 09:00:38.376+00');
INSERT INTO public.schema_migrations (version, name, applied_at) VALUES (10, 'cleanup', '2026-12-01 09:00:38.39+00');


--
-- Data for Name: scopes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'openid', 'Sign you in', 'Confirm who you are to the application.', '{sub}', false, '2026-12-01 09:00:39.812+00', '2026-12-01 09:00:39.812+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'profile', 'Your profile', 'Your name, username, picture and other basic profile details.', '{name,family_name,given_name,middle_name,nickname,preferred_username,profile,picture,website,gender,birthdate,zoneinfo,locale,updated_at}', true, '2026-12-01 09:00:40.058+00', '2026-12-01 09:00:40.058+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'email', 'Your email address', 'Your email address and whether it has been verified.', '{email,email_verified}', true, '2026-12-01 09:00:40.064+00', '2026-12-01 09:00:40.064+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'address', 'Your postal address', 'Your postal address.', '{address}', true, '2026-12-01 09:00:40.07+00', '2026-12-01 09:00:40.07+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'phone', 'Your phone number', 'Your phone number and whether it has been verified.', '{phone_number,phone_number_verified}', true, '2026-12-01 09:00:40.085+00', '2026-12-01 09:00:40.085+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'offline_access', 'Stay connected', 'Let the application keep access while you are away, until you revoke it.', '{}', true, '2026-12-01 09:00:40.098+00', '2026-12-01 09:00:40.098+00');
INSERT INTO public.scopes (tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at) VALUES ('default', 'api.read', 'Read the API', 'Reads the fixture API', '{}', true, '2026-12-01 09:00:43.044+00', '2026-12-01 09:00:43.044+00');


--
-- Data for Name: settings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'op_policy_uri', '', '2026-12-01 09:00:40.11+00');
INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'op_tos_uri', '', '2026-12-01 09:00:40.111+00');
INSERT INTO public.settings (tenant_id, key, value, updated_at) VALUES ('default', 'site_name', 'Upgrade Fixture', '2026-12-01 09:00:41.552+00');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'Mc04LFEJ87pnPyIn', 'ES256', '{"kty":"EC","crv":"P-256","x":"RUTg7LV1YDX4JwDTiKWyMCc7t1FobuFiYpqeb5eU3yE","y":"Co2U5TO-WN70DJOriaSy5KuJ98Gjf9vWCUbOjzIl8-0","kid":"Mc04LFEJ87pnPyIn","alg":"ES256","use":"sig"}', '\x05b7d20be08b6d8347bd80690613ffd4c5d512a46eceb549fad3462c293e42821d52aaeecc150a71920229369e4be20fcf15383137fd39b071a39a0bbd85bf6a47a85354271e8f93e14a6360e0319950acb05baa07447f8f17fd3c555cfc199843b89f345891075a863108c207c7371be8a5f53378683efde3f09fd716d94ebd5cc5a712457187b9b194e3a610a4916bc85e78c68ce2201f8dca5a347fb4390eb4065e21c083', '2026-12-01 09:00:56.955+00', '2026-12-01 09:10:56.955+00', NULL, NULL);
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'CCvAImbmdN0zGUh4', 'ES256', '{"kty":"EC","crv":"P-256","x":"Q0XgPx3Ophq0dlbsYoOh8YVxUu8-y78MyB67bGI2FVU","y":"ecbGdIYh09luu73Hqk01zNZhCLKoBMyCvQT_wiX3020","kid":"CCvAImbmdN0zGUh4","alg":"ES256","use":"sig"}', '\x7f2decf66143d236415d7fe987e5a4bdfedbbeac868de857977c83eb8b3a31237096e9e5de9af94420301ed6f6c186a1048d83be4335c5cf7827bbe6f2742b505ff1c5499750b709c2b721c621f05a89aff89e606f14ef9f54126e4aa25fafcdf03536d1b606b7213b5eca723dcb25b5b806b33cb4a411baa36dc7176b11459c810f13d758972e0bf7a28b60d675cbcbdd06260bf6dca91ca856e33351bbd4623f470d05c87c', '2026-12-01 09:00:46.376+00', '2026-12-01 09:00:46.376+00', '2026-12-01 09:10:56.955+00', '2026-12-02 09:10:56.955+00');
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'n5W5lYyfVHUK-7P_', 'RS256', '{"kty":"RSA","n":"179yshMJXVVZCVvTJ8uG1AMfYVelM64ZARCjhL7_We_9W0_6ssxhPwCbzlhMojMaPuB1QmqC03Qss0Trznv7QN9hr0yXWQeWkrdCvMz_zAG6rZLS0BRDTaSXn4fl0FuvYqrTRJ1TTPY4-fyYgyu0SNugIRV77uRwS_WiGs1HYltwaIae1qLfDVwW5qMXPWlbseflaHNr9dD9OYjOgYmgQyb5VEJ6Js9Tbz6BupRcNNtuONjyYNjC0HYNkw9QGfYO7M-zGirbJjxsLzGCOkYyxdzoPu4xiAtFJwlBXi2VK1PGox-qU7ofmCQIX0csqy5lBKjWOOkOolap0CNRF3DI5w","e":"AQAB","kid":"n5W5lYyfVHUK-7P_","alg":"RS256","use":"sig"}', '\xcdd50b11e5ca2fc39224b9408a28b8476f1eeb68203ce1730f96b1a532950901bb021d57ac0d7b0bb64573ae5bb58ac7344b2e399ed75c2d43f6876106bad172b05c025b40a791290b373735855332649c39e479a23ebb7fa4c3484e58ea7d0da9741696e619b9907af8cca34e3c4ed426157eb1a8be4b3cf862e4fcd0a5c466edd9dda6c6e17135ec10c834481336ceeb45c08c65fea107dfce5dc8da0040f2cfd5147acbe0b85783a2ff4da7c814c80437f8bb945adbd47ef6e7f15da197c45c323eb31358f7a189fb9afc8eb233f86f28303832b8ce57748ce913a3146782ee22de6265794568645b3ce60a020810601e80c7ba018b480d8543ff24f8357ce2c461cc9b1973b02c278c5e81d787d404e989ab7142e09cbfc07bbd65a728d6cad13956127f4c33805c7a1ea49e00be16fd413ec811dc46c3a708804f361a0945c5eabc5d3e67f56fbc27ab90d55aa93892252bda0eab521e56253a3ecd03e38f68e25778e83dad0dd69e73bde7b7b1c33a71c779922d3cf632220ff4c316c4a0e5976c6683f5aa2fc3111b2348dbb9bb6bc83aec710a8b14be2efdd547926b05014d64d282ee39fb3f215c69a6a6a0c915a9b419bb310fcbd6bd35d3d54e304ae5719b1ed9ba1c42084edae36b733ce8f00e18f0b27bd21ac490edfd3f5224c724e13f3ae167b5def87591d5cc65099cbcb0a35a19a165a57593b2030ef5d9ac134562cc0383011c9e8e83b6e46958e610ed661345ad45a2d512be48427e8ebda85a1bbdcad94551aad1c71a48babc9ce9de4e7dc93a1aed2876b5a5e43035613c6ba76d460f258c51ba8921b8fc4cb010932e7e66dfcb1d535bf9c026ba9d4601d4066cd1e2a5b708e27f773e0382664c59726d7eb9f1e2702c8d664da84c15517b9e2f6b057585791a300ead6f439e518f715004c9078bb3ac3d53397234ade86298588822099bbbc12c49ff825264371b69b3582254038cfc88453dadc3315be779bb0c49d51c3f364e603ce78a9c918a3782912b5c43cb061427f2663ab5bfbd7b4ec69f4f416590af70466e12afad8658c9ba69c8ba1816ed09dd8d7e5e78fcecb9d67bc9fa665f698f571d17b92a638b55b866025aa63b6c66f6a09c3c19ecb1a57c5f50d635b2df6dbf8183b8553cb4679fd687ab7112a6f8789294acc7430d6a47dd065eed0dc9e412a4b842bf1620717cb203138a68e52b4788fe30a990690c51b53a21cdf8de48ac03b3f3e4aca0eea862280e25121caa1adde98a9a6e9ebaa3ea64d2f753fc891c5ea4d4743ecae0a28c13f2d48666c6191005427977f23a8e19986a56f3f10131eefdb91fb509fa35cee17f83e6227b626ec0c58fc86030643f5c0aa7233b318948e9bd8a3ab407fc95f4693d11570b3a7b17a4bb774e43fea4b358283829cd54167ad82f0f4075c87df838dfd87efff833d08576514775af4024212a491e51031e1250730bb6f6df292ba0fc8b04baca9369dc87666cc7bed6257960f92aa54a8f54ee044ebfdfe634fbcb9a0f3d723b0bbd3f09f3a40fdd19debaeeab7f6499ed1ccd624f8f06daed75f5f8d545c8288d1a3189da4865b12a740ebb411e23b452390fe4eb51d8116f64ba11291b3300a53457fde045fed85ff7c2e5e8100d0b58af6b1acde3f2d94e711c7fdf0633a2ce114277e43f31e12145ab9b5a2d00141b649a16c666a4d6434597871866ea0ba750535d9c1b19347df7a1ff3ab4f1e7bdacc6847db893eedc7dceeedd7ddf', '2026-12-01 09:00:57.005+00', '2026-12-01 09:10:57.005+00', NULL, NULL);
INSERT INTO public.signing_keys (tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at) VALUES ('default', 'K09CUzLDFtRSTR9b', 'RS256', '{"kty":"RSA","n":"jvpIROBSd_ui_jVdGzAdhmvLhBR3HLSov_uX25vgyzdm_3-sGGXL4ZZiXHDgUPacu9NXM33DVa2-owREkdWsV6AQbqR1TtaE85komHkl_bLH23xVByz26PuSOxlxwiveIOMPOukWy2wUOl7qQHmFpIl_or_IYQaK6Wy3nnBCX3dOyGdHCN1QryDfzp-YWpgMttTBddakE8a02Vo0pGEAbB5TpnEzjEv8nCk4iKGSuhN2TYsqTEbyrB4vjM4EnXsXsrJyKYQNTPuoK1WiCXy7p27h570ZVMgS_OHtbyq-E0WCreCRJX0O10cB3bllx1YEtwhf4k-TQQhwzV_nFIChfw","e":"AQAB","kid":"K09CUzLDFtRSTR9b","alg":"RS256","use":"sig"}', '\xe7625be8641de69a5cca5dd04112ca3516494a40286347096b21ebf2161eb56c8e4e9c9cfce98727a098093164106044454fa18bd71ddf9b53cc0145abea5831f8cfac2d3f59abef155472b4437b11dd0cb57db1527718aa566f3c09670a5f9d860c2c5dd929d58c3dc7ff78dbeeda1c0dd5373082567de2dfa5af16e2c96236ca9ef5d19cddc523396d212377d8676f768f5eb33ab7cd877eef7fd0a9bd6b5409abdacb4c7af8d11850a4943f477dd6989fa8df11f98c4fc4ca16179dc4762c979de7d491145edf41f7b037fbc1d3f4ca9acf8968c7e7282cd4ca4b023aced7811caf91c233824eb79d4dc4afcb53286b79d07283ce45f8c65d809cf89669c1f0f97b8ce10fa30422c2b0cd0f33ff89be166088253f0f438d469568c1af5beb73401af9dbcde26c447ee0710d10ed38cf8a7984bb01e9f23717775aa579809ce8a9cf135accae41fdf599cd712364a87d297b51c06c5356b35cf9c77066a5159018fcf773db916222bcdd8e3b4c87e823d655ed4c2c705738ad2ab4b6fb3cd804bc88a36df6ca9c7c812d4fedca7ee41b5654e9ca2c3dd74e9f715050ee851935ae4ddf07b7a9d16724871c289771b64a8bd6fe4331bf35793d31e299d3f91b039850ea4e4b93972ba561c973a5239bd108c05062ee6d47631770973ede3dfb9bb47929a6eac57374bf99cb11009a5c2f8ba1cf17de757627577a0a5cfa3c794fe4388b543915a91ad469524f110279f5f42ea061d33776cbed21286061107f0197542840a9e87eeecb7ebdfd95b3a610f2996c1cedda6f5f8a3c9c23586c91fc7f98b64e024ba23b1afd9a99e5c9795a43f4c71018c15b05625abe4be36645cc18cd2fcc4c3f2d32432cf58679346861418050c64b0a77bfcf5e736db8858f3f541db6d24a102d3b4b7bfdb35bbf73fd739771692f766b7d3678d3544e7dc796a8c623a2e54fa592569ca59cd5b9621d3cb548c2d52b041dab4f7d5e3efdfacea09c8492bf3c703097f48eb6b6dbdf20fb4d1d2e6591b3b76c77154a8374d5cca88b70d410ef2763c72e8404cd1e36c1150f7f87bff3b78c650791ff376786ad72ceadea2528154e99e47073cdd3dcfb8800d88d4bb8e3a0f5f25c811d34e31c2361d42423d372f2005f9fa8dc45094d8b21282e2ea14022ef414854f57d7ed9cf395063f14434fe36754b75cec98506851717fdcc17f29c5a0e61a28f154d061a9b9bfd6107c9137223329125474f56744f640246a75c953a1fde48c3413ce64d8cc7ed995f813541dd5ab0ce1ac438eba8e7daf96399041233fe8b0df5605d1a3c7bf886b1720a19ac0eb61b017d83e10134408a564272437f8a22f2395d44246801a00bb9ad97b112fa4ccad5e7c2827c64e733607b92ef0b4a13b3497a07961d60fe45919c092f26323399562f3680a4a85f0460a29ea83c9cd8df5178aa502f1f9a92610a0f9d16d66872c9e502075753383cdc36ce2caf7f8307449d3a897b0c47969c24b5582674e7f1130ab4617f9706dfd9312c1ef95ae504702608ed8d13bc10506921360fa873c4fed08d72bfbfeecd9f447a77751355a997536a61673dcb71a4fd92d1dc3ba0d9e670557080938b0ec00a6e0f42c209661f5f57b99557eda5d370e04cd82dba47a63767a1f5e48f4f7b142e79dc8b435edc1671f855651d526eaa0aa4d5d94b127def4dda9883627fa2f00fd9909f4b832fc56bb020b990b80b9af90eeec50ec307863514e7734a0ad949949fe682fe', '2026-12-01 09:00:46.376+00', '2026-12-01 09:00:46.376+00', '2026-12-01 09:10:57.005+00', '2026-12-02 09:10:57.005+00');


--
-- Data for Name: tenants; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tenants (id, name, created_at) VALUES ('default', 'Default', '2026-12-01 09:00:38.14986+00');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users (id, tenant_id, username, email, email_verified, password_hash, role, is_active, profile_picture_url, metadata, security_stamp, failed_login_count, locked_until, created_at, updated_at) VALUES ('01a230d5-af42-7464-9753-1ddfa3695e29', 'default', 'admin', NULL, false, '$argon2id$v=19$m=19456,t=2,p=1$guWpG0atcdqSXqmtriMaag$Sxw_ZfZXSf86XQCtKMRXS5Y5gmAV6fgOhsXsQsXI-8I', 'admin', true, NULL, '{}', '5BBE09625C2B29816218E3F4576F21BB', 0, NULL, '2026-12-01 09:00:40.13+00', '2026-12-01 09:00:40.13+00');
INSERT INTO public.users (id, tenant_id, username, email, email_verified, password_hash, role, is_active, profile_picture_url, metadata, security_stamp, failed_login_count, locked_until, created_at, updated_at) VALUES ('01a230d5-c207-7cd1-91ba-05426c85e902', 'default', 'alice', 'alice@example.com', false, '$argon2id$v=19$m=19456,t=2,p=1$6dx7Q73ll-7Ij37N9bGl2w$i_CipnLijxMlw3dFUnybgvbQ_A08o2qQkM1z83wZ7nA', 'regular', true, NULL, '{}', 'B1600FCC5125C8814A014B7BA5C6682E', 0, NULL, '2026-12-01 09:00:44.935+00', '2026-12-01 09:00:44.935+00');


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



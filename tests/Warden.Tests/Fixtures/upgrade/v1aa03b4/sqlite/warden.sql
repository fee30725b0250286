PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at INTEGER NOT NULL, checksum TEXT);
INSERT INTO schema_migrations VALUES(1,'initial',1796127073503,'eae3601ac5a1af1c05b5918658b837a7ffc4e04b1e38bd2f9a007e81ec013fa7');
INSERT INTO schema_migrations VALUES(2,'oauth_core',1796127073522,'ac03ec0891bc87809498236708c6630e988c7d1569b8e687b3f7da65bbb4dc94');
INSERT INTO schema_migrations VALUES(3,'users',1796127073525,'f3904d7f4912891345d8c330946809e179ab4af8c500a415bfb9c6ef377660bd');
INSERT INTO schema_migrations VALUES(4,'scopes',1796127073530,'9f7384c91d6742235a9e0c0ae2d955c95799f7b21ef3ea503f4cf4aec634aa27');
INSERT INTO schema_migrations VALUES(5,'authorization',1796127073531,'f86934e6e560c2acb6e28d09e3e2884c1f1f7d7a2a8bcf664f78a7feb8f46be8');
INSERT INTO schema_migrations VALUES(6,'data_protection_keys',1796127073532,'bc3ea719662f0a1ad4b792dd0ffdda05d2eb2190cb6795b933c8eab5e94bb041');
INSERT INTO schema_migrations VALUES(7,'settings',1796127073532,'881090a1878e00341e3c919c969003ab78c6d9d6a3e9b83dc7b048b4439fa670');
INSERT INTO schema_migrations VALUES(8,'device_codes',1796127073532,'1bf33007166cbb42f81f3902c2f121e24defcaea6e8dca9306bacada397211bb');
INSERT INTO schema_migrations VALUES(9,'registration',1796127073533,'eadf298da23ef25db4f8d6bc372264c91a0552d61516dc6b3def215d968af3ba');
INSERT INTO schema_migrations VALUES(10,'cleanup',1796127073539,'0881ad1f9bc603da0e1760267f614edbe778d3a09f5c62b8f27cbbbbef9d9b4e');
INSERT INTO schema_migrations VALUES(11,'migration_checksums',1796127073539,'b628b70c20e4de115bb8ac572af3df5a9eaed5b26a3af41cd7b26b19e0cb57b3');
CREATE TABLE tenants (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
INSERT INTO tenants VALUES('default','Default',1796127073000);
CREATE TABLE clients (
    tenant_id                   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id                   TEXT    NOT NULL,
    name                        TEXT    NOT NULL,
    client_type                 TEXT    NOT NULL CHECK (client_type IN ('confidential', 'public')),
    redirect_uris               TEXT    NOT NULL DEFAULT '[]',
    post_logout_redirect_uris   TEXT    NOT NULL DEFAULT '[]',
    grant_types                 TEXT    NOT NULL DEFAULT '[]',
    scopes                      TEXT    NOT NULL DEFAULT '[]',
    token_endpoint_auth_method  TEXT    NOT NULL,
    first_party                 INTEGER NOT NULL DEFAULT 0,
    created_at                  INTEGER NOT NULL,
    updated_at                  INTEGER NOT NULL, access_token_format TEXT NOT NULL DEFAULT 'jwt'
    CHECK (access_token_format IN ('jwt', 'reference')), access_token_lifetime INTEGER CHECK (access_token_lifetime > 0), signing_algorithm TEXT, resources TEXT NOT NULL DEFAULT '[]', jwks TEXT, jwks_uri TEXT, origin TEXT NOT NULL DEFAULT 'cli'
    CHECK (origin IN ('cli', 'registration')), registration_metadata TEXT,
    PRIMARY KEY (tenant_id, client_id)
) STRICT;
INSERT INTO clients VALUES('default','basic-client','Basic','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796127077805,1796127077805,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','post-client','Post','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_post',0,1796127078730,1796127078730,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','reference-client','Reference','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796127079536,1796127079536,'reference',86400,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','web-client','Web','confidential','["http://127.0.0.1/callback"]','[]','["authorization_code","refresh_token"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796127080321,1796127080321,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','device-client','Device','public','[]','[]','["urn:ietf:params:oauth:grant-type:device_code"]','["openid","profile"]','none',0,1796127081312,1796127081312,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','GnOhvnrVQAD__meWzfXhBg','Registered','confidential','["https://registered.example/cb"]','[]','["authorization_code"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796127085149,1796127085149,'jwt',NULL,NULL,'[]',NULL,NULL,'registration',NULL);
CREATE TABLE signing_keys (
    tenant_id              TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key_id                 TEXT    NOT NULL,
    algorithm              TEXT    NOT NULL,
    public_jwk             TEXT    NOT NULL,
    encrypted_private_key  BLOB    NOT NULL,
    created_at             INTEGER NOT NULL,
    activates_at           INTEGER NOT NULL,
    retired_at             INTEGER,
    expires_at             INTEGER,
    PRIMARY KEY (tenant_id, key_id)
) STRICT;
INSERT INTO signing_keys VALUES('default','m2zwG8M9RsvofFoF','ES256','{"kty":"EC","crv":"P-256","x":"dwJu7oqFs_ZolvukjgajxzDIamG-Il-twkQpy7Cwboo","y":"tSYRN7DgfyilsXf7zyfavb9Xcg7VZcbWa5Lhp9yswxc","kid":"m2zwG8M9RsvofFoF","alg":"ES256","use":"sig"}',X'f204dac6a96a665819be98bf78f62524e92392340a9d89fa56c8b01d171e38983ba762ab498ead26083cdd2d57b80cc595f1bc97fa994b4ef4f2254a674a055b67375d39bf49656e43c7b5b3e17c4084093d55b12c4ed6690ad1364e0a7da867da7719df8ef1c0ecb6abf34e08b83c555d6b14b0441262eedb31281f946417f00a6ffe327c02d812a4e2e10dc9400f9caa88276f22bc3dfa91f2552c321881deb5a725084040',1796127077304,1796127077304,1796127683046,1796214083046);
INSERT INTO signing_keys VALUES('default','_Zdvv-F9dBOrwvbo','RS256','{"kty":"RSA","n":"1quZzxWHoxIx20iPkB23YsYb4GB5JR-o_q-tcpIg43z_UO-_MAYRfxEwF2aaryylMleSlyvmJSKb7QZaSbm-F2IOyUhfRhALcNZ8eV_yn-7vYT7rObY1LqeHFQIsmJFdQ-_Ybrqjri2kS0rzNJvPEtlny2FJL-d2Y8Z8iKAhNPlK0I0eixA2EDRzF9zh7v3Ojarj1sY8tkhC3yvxHmxy4mWZk4KWoxVA3UHMU7isgWXJfVKTs0a5ju7e53imSHRp-ss-Z1j-ReKCKvxvOddDgoisBFoct3ULzTLo7eHSGMTFWr6e8asVWpqKQRR2ORWZb50uFxC7q6XPNGQ1VYl71w","e":"AQAB","kid":"_Zdvv-F9dBOrwvbo","alg":"RS256","use":"sig"}',X'2c95f1b1f6aa3b2385430fdc829f4466d1da9d64ea6f4c69bf443843ead403124631afb295a57da9f2764ff1383e167c6aa0060608d8281ba003db3bf59441023b356de28d69fe873df6d4e2c6559e0de77d7a7d7a79adf87090fa50270d90441e0bb5e4c66cc611720988a5548800d31501d4ac1b9099a2e63a46e8ac683953c8b6f3e5d1d1904d7029c3d3a0e88ce8a2b74a0710be8337f85da18fb7221e0ff6c4615a6af50c7e19165e516f27ae0a47d863f5001d0a1344cfa27753cdc5ede005f0532857220d6f3530c4aaa1dcffab92f9f1faa72eb8783e8d150e78f44294eda7529b4be68feac41d3537385ea3c0aa2031191d2a51b0b15b44b6f867443e682fd6690b2e226d657f850a593d49e086544a6dea5f4d609641b0d5456605a9a610425272d729cc67c8f855d6e7fae036287facf37baa8ef53705133b82affc1e3029ad2a515d224b61bbb98520cec8f751b9e8a5d55e18f70dd1d15cdbcf7e731f686caee6ae1b18548d1832561b982c3571471f7a2b16d16039ea3d0156a4716f72a93d60e1dd43c56a3d5bd27b580b82fe735746c6770caf2b6b23a33ad40c33169e1525aedf4abd33ff4738036b1d9287c1645ab2fca22891437540c50688e4240e7c243e6bab02b23ac95155941b21be46bd2841f37f885261ff8f72677c6b042d2a1358cb643f0281547e73fbd2f0dcc23e872eb877e52656b1608c1723cd6cf8d257240072b7af227283bc045cfc16974907f0054c9bd8e53c239d68611fdacbb9a6a2c18d1548d844f96a417354f8766be9ceb4fa0e3a1f140fd788f80a6af1da89f8aa3dbf50169d7576f98b45f4b31bb87f673a330fcba77c4fadd4436f3cf3fb00698e7b87e5879f4e20fe3f92ecf75d8c7e62f5a544c91c15c388b0428688a54fb4d1a37d20277857d138b2a8bc0ef545e053a46cc67b8b4b173ecc509fa337f5cf253bb10135f4ef8a9a56774011cc745e1d9163959ca570714dd1fbb52f58b4be3c7b406c55aaeda8903e952d369fadae7d906731fa37a3af6476f7da1f35e8404add48bbe6cf9c2d740f51d71db069c1e953e21055e6124beea3df52f77f46b2b4d86934c9c69698a5f9bdcbbe2afc8a6fc0e5dde1139533b7cc4caa58a54ba9afae5b18ffd8280bffa98633920e99befff126bcd3aed0a0ba3c3b9be96f81e3dca668511e68d5edb5d385925a4edc424cae64a9894c3b604835680662ce2b7162099c697331d8e46dd30b27c3a33ea720cc6f428414903397b5f8984cb2dc6e6a04c19106ecc6cdce963728fb961d6131f9acb79ce22c9003712c81d657d8152e042070e1b74610c3a7dca4c760eb8536de4cd43e2d6919f19f8158191392b09b223a06875e82560266a622c2c16d12357a71c3a339ceeead67e9bbb54aaa6f1b585abeed45754630627c7e56d2d9757f38b82027bb2d1200775de257d4c5dc4a8df600fc294c6391410b1088316c961d7d8f01aab11760437bc5a4c36e3485ec93b4ca6b66a016f9933a028bf7759caf29d2d1b0bc41fd497e8eeb59608895f099aa70f71331d6453677d486c77ff6b4b895b4e4e7e43dbf15323317f245053b81dc73118db3fc19bfaa1ba13a486059aefd03bfa14c781930017120523f1bb756df520a19638185ca89880fccd6ea3035f162830a9f8b24ec7c0d2ae6c927da603af9eae67c3f929ac4ccb37a635f80ba70c232da813feb2b2dcdd641ea3e01e1292765a819a317fc2d54e5aa938e5229c627',1796127077304,1796127077304,1796127683071,1796214083071);
INSERT INTO signing_keys VALUES('default','iXjhfgBdOnpWTWLt','ES256','{"kty":"EC","crv":"P-256","x":"vuwWkFe_vOTzYkLlFsftMHcrjtaRgG8NrHVz2HCxnBs","y":"7_dJX7gj7bDcQVZVc9owCigcnnBnUFCTYCXDJUtVmbk","kid":"iXjhfgBdOnpWTWLt","alg":"ES256","use":"sig"}',X'351e1079b1cebf6a348cca2d67cf6901fe42042ef38dac3620670f22abe530e86cbd81cb75ef2f390530e3d17ebb80586b155df9e75d2384d4916f129da3082734fc318f4d6535bcab236967f41fdf58f6fe3492de1e518c7e60ca47c43fbdfaaa891195bc735970e3f3a6b3414cf52826b86047309be1d56ff14be1cafbecb62a44c129176d17c21890794cbec2a5e4ddfb5402f336222075bdf585f8f42cc28edadba4a2b0',1796127083046,1796127683046,NULL,NULL);
INSERT INTO signing_keys VALUES('default','aXsgcVC2WXIqpepE','RS256','{"kty":"RSA","n":"vqYv71_VrYE_5Q3p56ijlNRbbBTSP7SCV6XgQbyqgfowcHIY3cnHY2_ldbCf4L2N3MnMopOy1FB_BbmgeYmIM6wwLuV2SSqSbFlIEsRgq5BYE6PT6HC3StB-Uul2Vhxn-3HBiXcWOnEL_Ym2k9Vvbxvs9jYsKvNloCJUck-SfcUWRyTQPYseqtMN1cudqdAEG38b0Mp11dbqunXve51GCA7nCe_NnzYS4nlHPn0WDDRQu0gLwwWfNKt1mS1n5GJiQ8mAXS9HQSF30tbNF7RIlakaXAIyhrL9TUimFsn4FfK4TxwR87U8Zfml9R5vtF8IWk_vDsDihgf6pVQl7te4UQ","e":"AQAB","kid":"aXsgcVC2WXIqpepE","alg":"RS256","use":"sig"}',X'5569948b706e403fc6194fa557bbd9a30ad2c8b45326dfd5a18f1d6734a55753d8c46d1c2d2ff292aa5e39f32760741cd9a0b3be929b7630d8c64a0708f3dd02c99e04c2e6944cc16c18e619f438a50ff76d7ccba94f1c8741f9f36172e45ae59dbfe5080b641489166ab6199764ddd544e285d75a42122faa97b3367636ba60bb27255af6fb069a16bd5b53d4387c84b2198f194b17343d8f683dbd2f6124ad113f99cf52de958be3af69321d589f6b93d72084f3bc34be59ac8ac87be7001fa5041a02d9369a18fa22e553aa0991588a01be5233f1c7f97e0db52ef882238c1d0261abbf7cbf086d0904021fcfc539d137d7b489304e0f099dc859ca15ad3b3b726ad1fc7f176e543bfedd39dfe7ac3ee2d3a104df620e50122fbb31bb7662a329492eddcb8679f2183c1f44c53caac969d8c2672a4dbb7f1724fd1a0072f1d1668bebf7ffec9d1182e8a32bcb35ca97a9b6d7ba2e0e5d98c0e963e97989351cea47c07ba7f9af092d418ac0ee08465f91885e7850c993d3dd4c5e807144edf37d4b7f463b8f88377c5dafc3eff0ef2b727e9fda6fe4ef4712809f38904e4230c6a72b1a9d8b37894a8532bd95cfde18f690be6f33df8da097e3cfb650569adab7122a7dfa1f4e98abd49bfbd2f7bd847a44c81480798baee574836eb3cd6ec7302dbda493bab5508dc6b176ca76cfbcedf9cf679a922c219167e9538eb2c1357cfd7e571a3d8e42d5f6fe37e685eeffb5560d34cbf9fb328ecb9cf494364df0e9d46101ba292a8cb5e4b51d0718c5b97abb0eba492951967ce5ec8276735526dfcba2ee23755bf8f741b01e26e9cdd6dd4aeffbfba99f971dbc6e23fe18a6076c770ae45b640593890b084ebac5f54c392eea6a54d95eb301e74e7a0d109f6942766f4f4512923e4cb708752bb4fd4561cc29c6d796dcb60c36deec9bba0c8a597c00ea51cacbd1e0d6449ae52e805e8312d5e70ada9f5fc37a1f90b6da88a3ce301320db967d395e1fe0ec79be6978924ebae32421190e408e7164332d58353973f100467a628f5cc7f3f94052a3abaffc12ec174a49f5e2387bfc9a1236303a7b7b5399ab9758cfa8a4c3bfa888b03b9ba135975ef9a7c6c3473def7c0c1aefb32de1c9ee1b14734250506aba4ffce20fc1b3e2d9264e63ef453ddcabc623f62ac6fb54d8dbe47ec375be0e56e1a741990a03b9596c536588da3aedec971f06f161558955ce15c01bbc29a9c5d01f2a95a1860a11f3da29bf24daaaea39f318dcc15360d654ca4248b5f6872269e9b770b18ed74a7baea36ab283d9bd4da5210d574bca20e3b67806e32410e73706ae89ddc3e4401f924b19bc81441ce18f8f755dffcf700aadc7446a78379d7a8b5e33a5846485c3ca41e9e1fb6c748d16fe87ac7cf6bda75eba4213bf175487cac2d56dc9996d1630ea0ae68ed89756354528e7adef281c299ff6595c6ed65610d3ac50ca8209a9c981cff22f6ec0820a26c1c9fc3d4df24cc3f80b51b018ba221e903fd504e8b289a9e93adf4aa79d5e8858a1b233a84e6ee3f476aa948ac7cd325e3a9fec42a482b65b3a1d083f0c3379eb89b19cc3a4f69d4801594f75fa6704be04ff79f22fcc20c5bf5ffcba8be425cfd51233d1be6dab5f357724d52919ef174b30a4036ee94c448dec1f943af9dfdbf9574236f58dda367544e86f6e11d9d7f8aa7507f200a11c101724ff85ee7c10a1ace5ac3f58d74f62e6ae05646f7269061421989761a798f2f02d',1796127083071,1796127683071,NULL,NULL);
CREATE TABLE audit_logs (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    occurred_at  INTEGER NOT NULL,
    event_type   TEXT    NOT NULL,
    outcome      TEXT    NOT NULL,
    client_id    TEXT,
    user_id      TEXT,
    ip_address   TEXT,
    details      TEXT    NOT NULL DEFAULT '{}'
) STRICT;
INSERT INTO audit_logs VALUES('01a23184-5069-759f-92b7-7cb4ed8398d4','default',1796127084649,'token_revoked','success','post-client',NULL,'127.0.0.1','{"jti":"r1NonnXXEpbvTW_MtoIlKw","format":"jwt"}');
INSERT INTO audit_logs VALUES('01a23184-503c-75ee-97c7-0d6c052f45fc','default',1796127084604,'token_issued','success','basic-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"NLfBDvcpnfcwA0bg8iU4xw"}');
INSERT INTO audit_logs VALUES('01a23184-5052-7506-886e-1274c17cbfca','default',1796127084626,'token_issued','success','post-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"r1NonnXXEpbvTW_MtoIlKw"}');
INSERT INTO audit_logs VALUES('01a23184-5070-78bc-ac2c-220cb140f1e6','default',1796127084656,'token_issued','success','reference-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"reference","jti":"juIbLJ95_uLZg6H-9DhXwA"}');
INSERT INTO audit_logs VALUES('01a23184-5183-7849-97c9-3d94c501968b','default',1796127084931,'login','success',NULL,'01a23184-30c6-77b9-a40f-5884b5aa73e8','127.0.0.1','{"method":"password","reason":null}');
INSERT INTO audit_logs VALUES('01a23184-5215-7959-9648-419c2d13a5a2','default',1796127085077,'consent_granted','success','web-client','01a23184-30c6-77b9-a40f-5884b5aa73e8','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO audit_logs VALUES('01a23184-521b-783a-8bd9-b963caaf843e','default',1796127085083,'authorization_code_issued','success','web-client','01a23184-30c6-77b9-a40f-5884b5aa73e8','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO audit_logs VALUES('01a23184-5245-78da-92c7-26741bb47c78','default',1796127085125,'device_authorization_requested','success','device-client',NULL,'127.0.0.1','{"scope":"openid"}');
INSERT INTO audit_logs VALUES('01a23184-526a-7f2e-abc9-3d2533062227','default',1796127085162,'client_registered','success','GnOhvnrVQAD__meWzfXhBg',NULL,'127.0.0.1','{"grant_types":["authorization_code"],"token_endpoint_auth_method":"client_secret_basic"}');
INSERT INTO audit_logs VALUES('01a23184-5234-7c44-8f22-dcb5837e38ac','default',1796127085108,'token_issued','success','web-client','01a23184-30c6-77b9-a40f-5884b5aa73e8','127.0.0.1','{"grant_type":"authorization_code","refresh_token":true,"id_token":true,"jti":"tE8o12CW0T95bQtOHMglug"}');
CREATE TABLE client_secrets (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    secret_hash  BLOB    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO client_secrets VALUES('01a23184-35ce-7443-8be1-71c13f8843ad','default','basic-client',X'72b3fd7d00422f907225d2aa1c093a553930e0024599efbb7f2395ef1532ba11',1796127077805,NULL);
INSERT INTO client_secrets VALUES('01a23184-396b-78ad-81de-2e00ebe8f42d','default','post-client',X'45979eb1861355d3ad9ba244a9cbcb8a1f4a69e8ec5a72e8c84ccad959abcf8b',1796127078730,NULL);
INSERT INTO client_secrets VALUES('01a23184-3c96-7b42-a169-90ee3916ef97','default','reference-client',X'14c5c7f37f9850fea50349382ceb33624d1a2f7058e1131d00372941eac152ee',1796127079536,NULL);
INSERT INTO client_secrets VALUES('01a23184-3f9c-7d4b-8d17-c434171b7128','default','web-client',X'd60a156e0ec6c771b331f9e15679c1b6fb8a2f24c9d2f3d559ce591081e5dca5',1796127080321,NULL);
INSERT INTO client_secrets VALUES('01a23184-5263-7f0f-886e-c0eeedd18463','default','GnOhvnrVQAD__meWzfXhBg',X'f848d77794806d5c400b25f61669dc822779ac5dffa2016ee88750524e0228f8',1796127085149,NULL);
CREATE TABLE reference_tokens (
    token_hash  BLOB    PRIMARY KEY,
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id   TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    scopes      TEXT    NOT NULL DEFAULT '[]',
    audiences   TEXT    NOT NULL DEFAULT '[]',
    jti         TEXT    NOT NULL,
    issued_at   INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER
) STRICT;
INSERT INTO reference_tokens VALUES(X'0f3c781b89eef1398e177eb6f2e0fa2d938ece34c59099eef2918d1e6b479d6f','default','reference-client','reference-client','["api.read"]','["http://127.0.0.1:42437"]','juIbLJ95_uLZg6H-9DhXwA',1796127084000,1796213484000,NULL);
CREATE TABLE revoked_tokens (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    jti         TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, jti)
) STRICT;
INSERT INTO revoked_tokens VALUES('default','r1NonnXXEpbvTW_MtoIlKw','post-client',1796213484000,1796127084633);
CREATE TABLE users (
    id                   TEXT    PRIMARY KEY,
    tenant_id            TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    username             TEXT    NOT NULL,
    email                TEXT,
    email_verified       INTEGER NOT NULL DEFAULT 0,
    password_hash        TEXT,
    role                 TEXT    NOT NULL DEFAULT 'regular' CHECK (role IN ('regular', 'admin')),
    is_active            INTEGER NOT NULL DEFAULT 1,
    profile_picture_url  TEXT,
    metadata             TEXT    NOT NULL DEFAULT '{}',
    security_stamp       TEXT    NOT NULL,
    failed_login_count   INTEGER NOT NULL DEFAULT 0,
    locked_until         INTEGER,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
) STRICT;
INSERT INTO users VALUES('01a23184-28b0-71d6-9de8-8f09e8cc543c','default','admin',NULL,0,'$argon2id$v=19$m=19456,t=2,p=1$bPh8s6z5olXUjhmIJyWD/A$68zqC0YqemEFURFvR1gmFYi3SY7kdkLUBjK7ZR5n2co','admin',1,NULL,'{}','2878CDC3A0EEE4A47101D0A1269BC8A7',0,NULL,1796127074480,1796127074480);
INSERT INTO users VALUES('01a23184-30c6-77b9-a40f-5884b5aa73e8','default','alice','alice@example.com',0,'$argon2id$v=19$m=19456,t=2,p=1$WTqKBlnNjgVsx4G5Z0E/zw$NJP2Sm+h1akFpbcYxB/hg+X8Im2t4oqUJyppJS3l8gw','regular',1,NULL,'{}','BBE53DB6D69742399D8838C64DB1AD9D',0,NULL,1796127076550,1796127076550);
CREATE TABLE scopes (
    tenant_id         TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    display_name      TEXT    NOT NULL,
    description       TEXT    NOT NULL DEFAULT '',
    claims            TEXT    NOT NULL DEFAULT '[]',
    requires_consent  INTEGER NOT NULL DEFAULT 1,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO scopes VALUES('default','openid','Sign you in','Confirm who you are to the application.','["sub"]',0,1796127074352,1796127074352);
INSERT INTO scopes VALUES('default','profile','Your profile','Your name, username, picture and other basic profile details.','["name","family_name","given_name","middle_name","nickname","preferred_username","profile","picture","website","gender","birthdate","zoneinfo","locale","updated_at"]',1,1796127074400,1796127074400);
INSERT INTO scopes VALUES('default','email','Your email address','Your email address and whether it has been verified.','["email","email_verified"]',1,1796127074401,1796127074401);
INSERT INTO scopes VALUES('default','address','Your postal address','Your postal address.','["address"]',1,1796127074402,1796127074402);
INSERT INTO scopes VALUES('default','phone','Your phone number','Your phone number and whether it has been verified.','["phone_number","phone_number_verified"]',1,1796127074402,1796127074402);
INSERT INTO scopes VALUES('default','offline_access','Stay connected','Let the application keep access while you are away, until you revoke it.','[]',1,1796127074402,1796127074402);
INSERT INTO scopes VALUES('default','api.read','Read the API','Reads the fixture API','[]',1,1796127075836,1796127075836);
CREATE TABLE authorization_codes (
    code_hash              BLOB    PRIMARY KEY,
    tenant_id              TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id              TEXT    NOT NULL,
    user_id                TEXT    NOT NULL,
    redirect_uri           TEXT    NOT NULL,
    scopes                 TEXT    NOT NULL DEFAULT '[]',
    nonce                  TEXT,
    code_challenge         TEXT,
    code_challenge_method  TEXT,
    session_id             TEXT,
    auth_time              INTEGER NOT NULL,
    created_at             INTEGER NOT NULL,
    expires_at             INTEGER NOT NULL,
    consumed_at            INTEGER
) STRICT;
INSERT INTO authorization_codes VALUES(X'0459dbb64d847f6fbb54d11e0024f56ab44f28d76096d13f796d0b4e1cc825ba','default','web-client','01a23184-30c6-77b9-a40f-5884b5aa73e8','http://127.0.0.1/callback','["openid","profile","email","offline_access"]','fixture','IKaq8fFMo4-iRXFbb7JjS4h1LkTGJJZy-gimTs3TBTk','S256','130KcEP6t7vpzigxk8Xpcw',1796127084934,1796127085081,1796127685081,1796127085098);
CREATE TABLE refresh_tokens (
    token_hash   BLOB    PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    family_id    TEXT    NOT NULL,
    tenant_id    TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id    TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    scopes       TEXT    NOT NULL DEFAULT '[]',
    session_id   TEXT,
    auth_time    INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    consumed_at  INTEGER,
    revoked_at   INTEGER
) STRICT;
INSERT INTO refresh_tokens VALUES(X'd607328432864ab6403b2e0f8e05ad485079d11d1aa930220c49d841349e8dc1','01a23184-522e-7d83-bd63-b76a559a46f0','b6db5904-844d-6f7f-bb54-d11e0024f56a','default','web-client','01a23184-30c6-77b9-a40f-5884b5aa73e8','["openid","profile","email","offline_access"]','130KcEP6t7vpzigxk8Xpcw',1796127084934,1796127085102,1827663084934,NULL,NULL);
CREATE TABLE consents (
    tenant_id   TEXT    NOT NULL,
    user_id     TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id   TEXT    NOT NULL,
    scopes      TEXT    NOT NULL DEFAULT '[]',
    granted_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, user_id, client_id),
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO consents VALUES('default','01a23184-30c6-77b9-a40f-5884b5aa73e8','web-client','["email","offline_access","openid","profile"]',1796127085075,1796127085075);
CREATE TABLE data_protection_keys (
    tenant_id      TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    encrypted_xml  BLOB    NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO data_protection_keys VALUES('default','key-e9834c46-c94a-468f-88bb-20fca572fd5f',X'9bcb91cd02c38cc29351ce37487f38f6b39a640a8b7b50441da6444c29510842cec8ab24cb073f32da5d1ab343d4c4cae13d334c47c82184af771f8fd1f5be1fb496c000c1eb71315aa2e337d591d4f72a76e92d51c38871957ba56ae50e18a70d9b78c456c00e7f8f9a841094476238f8f28e68b0fa59de2f1c83154f983c843958f9870ba232edabe9c804a33ed27bc6f08c31b486df666f7729411659f8eb025d93c1b5628bcd754d0eadb5b1d8b5fdffaf72de86e50b59dd7e4b149c5fa747c6990d5ea5cb00af1258b9b0f06860603ad578fd8989dea443f1d6f2b02b087d2696bf5b331c0eb84864ab54040942aaa9d515132008e49ec91b27de6bc7a9e3e00925b236702ce5a702368a054cc0361d006dfd73f9784afa6f6fb8caf3d29e38f7d12cf827bf96dd4f0d25f76f7793a1a9c794c78011cbf3c57fd27d89cb88417efeaf25e3c66413b66de2087ebc5a5bc897c6369b4db7a4eddd04e9b6340e9c535cb2bca84d91cd9b5f838fd03c39c08b877fa16c4dabdf6ddf661c4ae40418756b29e1bca37d77819a14db478bc813ec9941702380d5a0c4e6fc15094cf63d1a17b725008d181c59366a5a2a44acecd19cc350a29409371f70cf7c5ee333f78bd97478e70d2b08269c883fe4152824b1683e5ec0343307abf855bd3d2465c06caadff4e332a9e218a4e7a5d9e649829e104575204232af3ac73989559bc1b9e98e76bc6a502ecded5a06025dfd7d55af1c64986ae3de04f0b3fa1b523470cde8319578b5efd10f379f04927be4de6b6b08d5fc557f69a818188421a0497fd66e7162a0a301bf3947684b83516b15fcf23e29f74a729b1378e615167dc721b0faeafc14da3f1a6e828aa32dda06a7686492d32cd4fa58a38a9405eaa8e19c5dde4c2578e874f2a52ee93e7885db4e6f5db4992a82fd3c5e00258bbb6d8d57df984dd05934179c121289e9b4eba7bc00067319152783e0a62e95a5497f4285a098d9212cdaae12a7931263c0f9dde87ed31c8ed9fabda5808cbafb6aa529f41e10f7f16938efab769893c695b6de09545e359da366bd5cd84b6d5230c8343ba6370b2da54eb880ab404e2c9ff854a14d0998b16f5ca3a141c76e0dfca86077b99d9e145a732d583a4a7b927b70265692481c3ee72625146a8b4f76bea99e1eb1cf05abf78f6f18fe1d26051ebfd9052eadcf0e4f29c6b4c22f0acb65c323b143841d7774762df0ec50a8b6277f20dc092805115450fd3546f449c2f78bd2207ac9c8136c3644be6a5164919c19d65bf2be',1796127084208);
CREATE TABLE settings (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key         TEXT    NOT NULL,
    value       TEXT    NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, key)
) STRICT;
INSERT INTO settings VALUES('default','site_name','Upgrade Fixture',1796127075149);
INSERT INTO settings VALUES('default','op_policy_uri','',1796127074407);
INSERT INTO settings VALUES('default','op_tos_uri','',1796127074408);
CREATE TABLE device_codes (
    device_code_hash  BLOB    PRIMARY KEY,
    tenant_id         TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_code_hash    BLOB    NOT NULL,
    client_id         TEXT    NOT NULL,
    scopes            TEXT    NOT NULL DEFAULT '[]',
    status            TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'denied')),
    user_id           TEXT    REFERENCES users (id) ON DELETE CASCADE,
    auth_time         INTEGER,
    created_at        INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL,
    decided_at        INTEGER,
    consumed_at       INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO device_codes VALUES(X'34bdee80ab16002699108f79fbc8f2c5dfe057e31f8ab717751b7426a04af530','default',X'8d7b2ef9b1f71c9b8c30b3505fad0308a5b227bcd6916418d73bc90807408c04','device-client','["openid"]','pending',NULL,NULL,1796127085123,1796130685123,NULL,NULL);
CREATE TABLE registration_tokens (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    token_hash   BLOB    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('initial_access', 'registration_access')),
    client_id    TEXT,
    single_use   INTEGER NOT NULL DEFAULT 0,
    expires_at   INTEGER,
    created_at   INTEGER NOT NULL,
    used_at      INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO registration_tokens VALUES('01a23184-4752-73b8-ac68-a463bb9813eb','default',X'e240ebd166612ee6ec18a81d80d85eeabb89c80919a17a9186416a7db8961bcb','initial_access',NULL,0,NULL,1796127082322,1796127085140);
INSERT INTO registration_tokens VALUES('01a23184-5268-795f-8a25-2f405927b666','default',X'401d911c8540f2a69444f0c5398f6397828711ac95660dcc041760995c7a97e6','registration_access','GnOhvnrVQAD__meWzfXhBg',0,NULL,1796127085160,NULL);
CREATE TABLE cleanup_lease (
    name        TEXT    PRIMARY KEY,
    holder      TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;
INSERT INTO cleanup_lease VALUES('expired-data','',0);
CREATE INDEX ix_signing_keys_expires_at ON signing_keys (expires_at);
CREATE INDEX ix_audit_logs_tenant_time ON audit_logs (tenant_id, occurred_at DESC);
CREATE INDEX ix_audit_logs_tenant_type_time ON audit_logs (tenant_id, event_type, occurred_at DESC);
CREATE INDEX ix_audit_logs_tenant_client_time ON audit_logs (tenant_id, client_id, occurred_at DESC) WHERE client_id IS NOT NULL;
CREATE INDEX ix_audit_logs_tenant_user_time ON audit_logs (tenant_id, user_id, occurred_at DESC) WHERE user_id IS NOT NULL;
CREATE INDEX ix_audit_logs_occurred_at ON audit_logs (occurred_at);
CREATE INDEX ix_client_secrets_client ON client_secrets (tenant_id, client_id);
CREATE INDEX ix_client_secrets_expires_at ON client_secrets (expires_at);
CREATE INDEX ix_reference_tokens_expires_at ON reference_tokens (expires_at);
CREATE INDEX ix_revoked_tokens_expires_at ON revoked_tokens (expires_at);
CREATE UNIQUE INDEX ux_users_tenant_username ON users (tenant_id, lower(username));
CREATE UNIQUE INDEX ux_users_tenant_email ON users (tenant_id, lower(email)) WHERE email IS NOT NULL;
CREATE INDEX ix_authorization_codes_expires_at ON authorization_codes (expires_at);
CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (tenant_id, family_id);
CREATE INDEX ix_refresh_tokens_expires_at ON refresh_tokens (expires_at);
CREATE UNIQUE INDEX ux_device_codes_tenant_user_code ON device_codes (tenant_id, user_code_hash);
CREATE INDEX ix_device_codes_expires_at ON device_codes (expires_at);
CREATE UNIQUE INDEX ux_registration_tokens_token_hash ON registration_tokens (token_hash);
CREATE INDEX ix_registration_tokens_tenant_kind ON registration_tokens (tenant_id, kind, created_at);
CREATE INDEX ix_registration_tokens_client ON registration_tokens (tenant_id, client_id);
CREATE INDEX ix_registration_tokens_expires_at ON registration_tokens (expires_at);
COMMIT;

PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE acme_schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at INTEGER NOT NULL);
INSERT INTO acme_schema_migrations VALUES(1,'initial',1796115620856);
INSERT INTO acme_schema_migrations VALUES(2,'oauth_core',1796115620880);
INSERT INTO acme_schema_migrations VALUES(3,'users',1796115620887);
INSERT INTO acme_schema_migrations VALUES(4,'scopes',1796115620888);
INSERT INTO acme_schema_migrations VALUES(5,'authorization',1796115620888);
INSERT INTO acme_schema_migrations VALUES(6,'data_protection_keys',1796115620888);
INSERT INTO acme_schema_migrations VALUES(7,'settings',1796115620889);
INSERT INTO acme_schema_migrations VALUES(8,'device_codes',1796115620889);
INSERT INTO acme_schema_migrations VALUES(9,'registration',1796115620889);
INSERT INTO acme_schema_migrations VALUES(10,'cleanup',1796115620891);
CREATE TABLE acme_tenants (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
INSERT INTO acme_tenants VALUES('default','Default',1796115620000);
CREATE TABLE acme_clients (
    tenant_id                   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
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
INSERT INTO acme_clients VALUES('default','basic-client','Basic','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796115624757,1796115624757,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','post-client','Post','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_post',0,1796115625739,1796115625739,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','reference-client','Reference','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796115627149,1796115627149,'reference',86400,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','web-client','Web','confidential','["http://127.0.0.1/callback"]','[]','["authorization_code","refresh_token"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796115628392,1796115628392,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','device-client','Device','public','[]','[]','["urn:ietf:params:oauth:grant-type:device_code"]','["openid","profile"]','none',0,1796115629524,1796115629524,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','zjMj7MiKPJitDb3YuPbe5A','Registered','confidential','["https://registered.example/cb"]','[]','["authorization_code"]','[]','client_secret_basic',0,1796115636547,1796115636547,'jwt',NULL,NULL,'[]',NULL,NULL,'registration',NULL);
CREATE TABLE acme_signing_keys (
    tenant_id              TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
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
INSERT INTO acme_signing_keys VALUES('default','ROs5MjceaPC_VjQ4','ES256','{"kty":"EC","crv":"P-256","x":"in9TwTLP0Xgzm9DCXxJKmV8BbtYSaJ9960vubfSjc_I","y":"7Co53VQyz8P3SMouuO0eFGrsqYACg1nG0dWs-DIKCqo","kid":"ROs5MjceaPC_VjQ4","alg":"ES256","use":"sig"}',X'e6b8d8c3cd1af80b246a8b83db4c69a7751d35c3fe1f468bf771ac076abf477cdd9b4e3f6d2edc499aba4c6f82d6d3e1e3c83308f70130d242b46ad9e2d3a9233f163a70dc0b6f285d5555cf7ec73472fbd47ea99814f7b217810edea6b3c7654508b3ba1acc5cedc422764cb2f3756e375b2ed67c3cabfb82aa9d8fbebed311643a5f8fba7e8b6a73c6a11e807834bfbf8162ce9bad617900f25b3290905ca3912693bfeb44',1796115624352,1796115624352,1796116231955,1796202631955);
INSERT INTO acme_signing_keys VALUES('default','tuFNpJn9tJ5gE8fL','RS256','{"kty":"RSA","n":"jaKF8PfWYyM23fuNydA8X5zr-CBub0oBCDbI2Cxrw90J7Vm8YySQhCzhlXl7S-qwB8QBlUAV5o0TJDECHCfns4py9FtfxoG4OYsi_doFKA8OZTgp8l7IEDvLXRxfAK6tjSdNWVRs2q0iCxyFatJOazIEvbTX4VQOk8lKzFbzwCaTWgDdTo4G2ieS3GPSgehyM47iEDdVqH2yAaF6U92JA9D-p4NBZWb2Xngd0enAEvZ6J1ofZalhFhtaSDqr1PUKff7yMU5eiHx1EO0zvAdibo4nUr1eqVw6D4xOBgm6IFhwjhf56RY6NqNftKz2ypR5Nc6KGCRY-BkJdy0-_-7p0w","e":"AQAB","kid":"tuFNpJn9tJ5gE8fL","alg":"RS256","use":"sig"}',X'0b0eb7898f2da0345371ba87b346d59e63cca06d74c330597f2326680f175e4fb44f4e6252a6a8553f8967e4dcafabeaa81fc579129d7a8e5bffbba9d34b44554979a59b5e9f3e86e8d78f3c4079f8ada54fe82b9a86bb316d17e8460e19d2c3a7e1130f4ac8885c42a86bf6de630244479d89e4dca1bc05642504e4c2374e5e9be1723d761b5c323119acb5fe57eb8cd582679e64c83bfdf21ba9204d705f619b6974020ce1f0deb005e9321b98e10471ebe9027b56098a0a03ba9b369f586eebdbfcfb4c0f9cee9a3497a8ecf7f6397fefb696f9761e5e5ece6a8006e305765a5566fb7b22505a324d0ca26c859597fcbf0a8d439ad49d9fca41144cf0927171eb25c5b4adf0aa9eb9a828d6fb208b7a8f71d17605a44faf7796f63a8cc89729be2089a1132c53039b3d4859e422d53b8feeeaa3fa20264cd5632fc1632093b19dc41819dad1231a31fe5843e3a67de3e94adbabdaf103aae2f1837fdda65acb2c57aad4c81e96ce418d871076aa248168e2d31b204938bf3b022263d4860a5587f01d5b192646c0d22391a82d22361e6c9e1fc2897ee783dc7d3fe4a74e843fbe98c19414021677ababeacd396ddc7e4ceea4c5f9f53a363c3581ba509bc4ca0e8458d73258733b50bd9dc58fc123521618468db9ec68b3461883a4a5fb5438710b5195e9deef7c303f7d0fddce19edc420985839b0e7d73f07572cf23858d6f2212dfab47f17acc6c52fc17b15108002d49350091c5c6f28d430a39e2c988a59ebb8c3787856fb8965d957d4e51e6aff0d4849936b8972834f7449a20c303a044db8d92d10a2c73f5de70ea04100a9db51bb34e431e516bf94364498cd190a33fbd032be4af6a714d773d44b7fa110e3634d127c8e022b688307f4b3c9f490afb73df3206b6c5eee85f1ff60993e719e76a4030e5c19f82bba9b382783f0900902e3e6257ae11b46a15784c28acd1eba849770767f10415a823773c4591444bdbdb9cd23528fc056f23cb01b544653a5e495b81cff1104d0016497602705757a4a86d27f13bb7ab6add08282085ba1febdfbe1e82ee6d4882ceb27a74fbd048346f6a350a62e09804645db605da67278820769ca04a63c1e7a850049fdd94c56ba8f5645b4be7e841961c6bf83c8f3a299eff1c1285d2da6728c1e68d821c8f3e2264ed201a58d535aaa194651b8afb232acdcbc398a4c0dc9df2e461f2c7e2651fe96936debff99dea3ef599831a9971735175b045f061358d6fee6786abddceee4f54a9f55f2c511ea2c4d0a5726f91d84e4adfe7cf40746d32bd30e5edf9a2ab05d2a0fb5dd1eb971e3ffefa784e8c00edbe32d318e772429f5c89c8b11b7bf7d6dfb608c6c9eacdff419eb9ea8bb0ecee7366d028531e826fa5349fda8abc6589865b406d67995e1e009d1a56d8d3f813a148083aa2cf89c016c578145dd85c63e5711c17e363497712ae79a1cb6e276c1aec88b0d6a258ae55c9015963bf309bad267ef855a8080bc17cec8584d2354f9a30ad078bbc8cc076e8fa471508c28c83596457fb3dcd10162cce815c228dba9875dd43e6289c743de56e194123dd4b70246f870d9924946fd52c985f69d066add760147de5fe0e4e6208e3e06ba9201921d21609613e51ab5aa9b374d8f5ae94dcf5789939d091c8e2248bf88e2e4731acc4fd67c1c2fb146c43836545bce5d20a4ca2cf88a488a5c1bece56540752bdb7616a7d705fe227389863e9c177f9efce454e81410584e',1796115624352,1796115624352,1796116231998,1796202631998);
INSERT INTO acme_signing_keys VALUES('default','AT8LX4c45gyXPxOx','ES256','{"kty":"EC","crv":"P-256","x":"EmgyhcCRMwQVX7PVBqyi9_IxGTWq1CSUks-IQ-aTVFg","y":"hSnWqCZBUTnKmZaayoTsWxcrn9X-gC0aeMlajhIBfJA","kid":"AT8LX4c45gyXPxOx","alg":"ES256","use":"sig"}',X'723c2d609464f3c51a86abcb3bb683d36ac0e21ee084f7e151cc0cf94767ee921d0399ca70e6933435fae4b2114bb950dfdf13f1f107fec11b8d0cce905efd65211794f05a7bb16bf2d615e02f1c8b68a74a1aeac976495d995421a625c3daada914ded8270ef970eb6dae8ff502bb216b7883712e3506a02c9ee69484d55eac43fa900beec0f81a98e967c13faa019101bd8d191e612b24b67369cff3e28abde4ad1e8acfbd',1796115631955,1796116231955,NULL,NULL);
INSERT INTO acme_signing_keys VALUES('default','5DyhrJl-A6jkcGNJ','RS256','{"kty":"RSA","n":"r4-StegSvz4ZE2iBX-HBxHiGHyG8TE55J6r8KS_fmLQwVLakeSpPw6HNOkEGm-WkVTllsFlE6QKrL5TcC1HjPI24Zrqhd8Vf1HGpDbXCjBaI-FCOBayTtyj_6jIoJ4EHk20Ua2cI2S1fQRN-sz2OOnrfk9YtJM-cqW8Dz1dpWcKjdFQgng5icQPijbXaW4F1QZC6wBbJT_LtgmlxOIWUVgZ1K2GZKSjm5MvXfG7Yn5RDAKk9-hAsCXsueyfZlocv2ixc4sUCwi8FrdB62YfMBalf7BlilEQVYrSSoHLh_Dx1ShJSjvW-4M2B2gSfzllhZc34p9CUELUKNlOk9Nm4Iw","e":"AQAB","kid":"5DyhrJl-A6jkcGNJ","alg":"RS256","use":"sig"}',X'9cd5159842c21a25806406fc91c5ae2df869af4efe2fbd53f115b287d9c8c84fdfe56a212ca4839a1998be99a7b5b03b6b7b1675d47af0340e6bfdebb3be0d4acab0bfe2fa4ccdae192d5edf65a6beb3f5f93bceb5f908e31f80459d375b21495dc618ba4a2d8a187f7740ca27ef0f725ada981b49a9da9ce72b7c2ff0a6d9de49884ff322c92deefcbaf6267bdec2b176ff8b43895b8d5afc54c98b6dd730057a21dc02c397fa33e73d79c2d2df7952b9b3afc8bcc1ce2fd5c3a037a1faefdbbb5100b54d0dffe7c7dd65887c5babc28009c6861ff0a7ddbef727cd21e1994372bd4ea9d91ddceaba18eed8559cd81d57100db348a96ee35a53cbe1272cba00842408e5af310cb67ef625cee615624a1bfd4967e457be4ae933be78b518bddfed31357b7d57e40bb4815d12c7cd487e037b20ac74bc6a3a9236a53275c26a7937a015d1563185eb24cfd60e9eb9797629c04f6369a26a8c50fc6d57ee380b7fa62bbd0d88d55c428b82c70c1bd02c1780c530493fd9719e4dcdb45921275939e6b71b613dcf5939ef9110db292eae61203d6f72636b67658a98b9f85d01700f4790f3d7ef871e6d88d3652ed49ed165fb38cf5140d973f6dfcb68113ac8e31efc811572572fef6779db1956651ad85549beb9f9584ff0c99b6e652ad0c04d0297b937b3f41f4a04f6c7a384c2ec97f9960202e3da9b719cd31dfc617a0595e0797cdb4f7ccb014dcaea1b50a74c4a1de96200905a1cc8957298c5f605ca8494f66929046fea0450d6afdc71896c6781ffc706eb277b92322f7b25a5e3a2737f3428aa692cbc4a7b78010507fd174bfd150beb2becdedf9ebd19368ff81e9b236f538b0da21ab9211864e0b071dbf38fb1fce1f3ee36d0050d8993c1e3af11fdca5f27b990edcbb6a76280a580ce64daf0cb453a1f6d6872c15dcf3f75095db4c7da30aa592820a8cd0f22a4589d3acc6c9d8e4d13cb641d7f64a9605796bf13c8a3c3e402ef282c820a73756af0b2a41392a2cbf134035c6cbcd9b974e3c95555490962cda5670a46f789614af42929525fbad6a904959e14f4abdb381649d29ef9915ec1e8d7f0dfcffded5448c745ea3bb293cccb81cf50baa0d8e038a0545189258be1f1dfeda66ecbc161d7b028e63d95ee1b07f3a0f845cf3e05ca0253f6f7fd1515b321b768fa6e1cb1d27aee2bbe5db3b384c062d2e0bae4f7afb3449e6eb4511c6695c80c0cfcbed7cfbfea744e3f567208b995124d41180c6c51d41aac9c4bc09a9eb1cdb5b69195b13e3d3aaf5c5ddd7a033beb3b9074085aa07f2f4240b4b0248129897c877e3770f0e0e5450728fee0373b13ac1f629db31b993c27008a251bfa4cd736475b38c28a126825d9ba9f52034166c00f1576bb6a9052111553084d69372d605a54a245ed738053cc3e8157a53ad1046dc3427203e7f84152b054dcec63809a3df7d71ee8207fdcddd568b30922d3de9f233b99e5c5ebdff8dc0d22e11c5a849e1328a270026f7282bbf028ddfb083af5dfccb752f8e77578df3043d16b8d000c8b96eb3ba325ac173f638fa945e0e7d6dea9cad9c2752aeeecdf50ef9a9b1da067f831084fa6288542412a079fd09514fdbea51657b0ee1ad38e3e90035becb2874fe239a36cad1f436395462074c84cf0bd8ea251885620e61272f691dc0abf87cc6f765e9f67b8fc8888fb044dedd9d827cea2d2ab9d63d16fd3f06dc43ba4d53126b0881145823a25432c810ef45033bd',1796115631998,1796116231998,NULL,NULL);
CREATE TABLE acme_audit_logs (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    occurred_at  INTEGER NOT NULL,
    event_type   TEXT    NOT NULL,
    outcome      TEXT    NOT NULL,
    client_id    TEXT,
    user_id      TEXT,
    ip_address   TEXT,
    details      TEXT    NOT NULL DEFAULT '{}'
) STRICT;
INSERT INTO acme_audit_logs VALUES('01a230d5-9dfe-75c2-ab7b-440e8c7cebb6','default',1796115635710,'token_revoked','success','post-client',NULL,'127.0.0.1','{"jti":"CibyctcBSvPyat4-HiM53w","format":"jwt"}');
INSERT INTO acme_audit_logs VALUES('01a230d5-9dbc-7931-b250-ceacd2c398d1','default',1796115635644,'token_issued','success','basic-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"pUHnYi87UxiMtluAYDGq8A"}');
INSERT INTO acme_audit_logs VALUES('01a230d5-9dde-72eb-9952-5cafaa79a2d3','default',1796115635678,'token_issued','success','post-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"CibyctcBSvPyat4-HiM53w"}');
INSERT INTO acme_audit_logs VALUES('01a230d5-9e10-7de3-af32-49ff6b2b0de9','default',1796115635728,'token_issued','success','reference-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"reference","jti":"RWC0b-cKOcteVioAMRcGeQ"}');
INSERT INTO acme_audit_logs VALUES('01a230d5-9fc0-722e-9d00-31b2456da700','default',1796115636160,'login','success',NULL,'01a230d5-6f0a-7f2a-9a51-8b9e13ea72d4','127.0.0.1','{"method":"password","reason":null}');
INSERT INTO acme_audit_logs VALUES('01a230d5-a09a-77c3-ba03-32bdfa2e2683','default',1796115636378,'consent_granted','success','web-client','01a230d5-6f0a-7f2a-9a51-8b9e13ea72d4','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO acme_audit_logs VALUES('01a230d5-a0a3-7598-b006-09ce80ea3387','default',1796115636387,'authorization_code_issued','success','web-client','01a230d5-6f0a-7f2a-9a51-8b9e13ea72d4','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO acme_audit_logs VALUES('01a230d5-a0ec-72b9-84c9-a497dc7c8dad','default',1796115636460,'token_issued','success','web-client','01a230d5-6f0a-7f2a-9a51-8b9e13ea72d4','127.0.0.1','{"grant_type":"authorization_code","refresh_token":true,"id_token":true,"jti":"011jWiua1_5J3w2YnfX3EQ"}');
INSERT INTO acme_audit_logs VALUES('01a230d5-a10c-7b7b-a689-f09124fb2e11','default',1796115636492,'device_authorization_requested','success','device-client',NULL,'127.0.0.1','{"scope":"openid"}');
INSERT INTO acme_audit_logs VALUES('01a230d5-a15e-7f35-b684-9024c8e23de3','default',1796115636574,'client_registered','success','zjMj7MiKPJitDb3YuPbe5A',NULL,'127.0.0.1','{"grant_types":["authorization_code"],"token_endpoint_auth_method":"client_secret_basic"}');
CREATE TABLE acme_client_secrets (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    secret_hash  BLOB    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES acme_clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO acme_client_secrets VALUES('01a230d5-7346-74a8-880b-18b6364adda7','default','basic-client',X'7a7df1651e1109ce3f252b620b0edd56c40b83052192cc162e14014360ce8919',1796115624757,NULL);
INSERT INTO acme_client_secrets VALUES('01a230d5-7743-7348-95cb-397fb5acb01b','default','post-client',X'b393e06d41adb70f5af113bb9ab45b697c86eab94bcb32c15a28a11c36033ff7',1796115625739,NULL);
INSERT INTO acme_client_secrets VALUES('01a230d5-7cbf-7868-ad89-b3c56f69c6db','default','reference-client',X'82fc29c7644a36c45eaf8b95b0f2bd8c20282116179cf2bc07d548c9d48aae81',1796115627149,NULL);
INSERT INTO acme_client_secrets VALUES('01a230d5-818b-7377-8c7c-a65291c4a1ad','default','web-client',X'a8a5fe7043653ca90522bdd6faaa4855bb9bad1903ef973f6e3fcb37379fda61',1796115628392,NULL);
INSERT INTO acme_client_secrets VALUES('01a230d5-a14b-7074-a254-17d7273a5d0f','default','zjMj7MiKPJitDb3YuPbe5A',X'64ef56bbc14883f3b830a24257f66befa07f6e4d15487db68743ee9460948a26',1796115636547,NULL);
CREATE TABLE acme_reference_tokens (
    token_hash  BLOB    PRIMARY KEY,
    tenant_id   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    client_id   TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    scopes      TEXT    NOT NULL DEFAULT '[]',
    audiences   TEXT    NOT NULL DEFAULT '[]',
    jti         TEXT    NOT NULL,
    issued_at   INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER
) STRICT;
INSERT INTO acme_reference_tokens VALUES(X'01dc09f37fb66f0894b2768a8c74f1cd097099b9d88c711233606d60f9592895','default','reference-client','reference-client','["api.read"]','["http://127.0.0.1:51935"]','RWC0b-cKOcteVioAMRcGeQ',1796115635000,1796202035000,NULL);
CREATE TABLE acme_revoked_tokens (
    tenant_id   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    jti         TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, jti)
) STRICT;
INSERT INTO acme_revoked_tokens VALUES('default','CibyctcBSvPyat4-HiM53w','post-client',1796202035000,1796115635685);
CREATE TABLE acme_users (
    id                   TEXT    PRIMARY KEY,
    tenant_id            TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
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
INSERT INTO acme_users VALUES('01a230d5-66ee-7339-84af-6e149dc7ffdc','default','admin',NULL,0,'$argon2id$v=19$m=19456,t=2,p=1$jNaZCf08CUTcHKYh8ZrRQQ$1JbhuDIGJmmRGgiDVQjGlyxFod4LLdSQ9z5RhdB3Kr0','admin',1,NULL,'{}','9759E4ED3A89335B7F7705C27408EAF8',0,NULL,1796115621614,1796115621614);
INSERT INTO acme_users VALUES('01a230d5-6f0a-7f2a-9a51-8b9e13ea72d4','default','alice','alice@example.com',0,'$argon2id$v=19$m=19456,t=2,p=1$XzxfQ-CRy3GN16qQJ8NsAw$GtdIAQFeIrMNv4l4q69lZJSto35ZHiCnPtWaOJ6o54M','regular',1,NULL,'{}','B6DF50D6B6F7ED28CB29A392F3CEA5A9',0,NULL,1796115623690,1796115623690);
CREATE TABLE acme_scopes (
    tenant_id         TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    display_name      TEXT    NOT NULL,
    description       TEXT    NOT NULL DEFAULT '',
    claims            TEXT    NOT NULL DEFAULT '[]',
    requires_consent  INTEGER NOT NULL DEFAULT 1,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO acme_scopes VALUES('default','openid','Sign you in','Confirm who you are to the application.','["sub"]',0,1796115621534,1796115621534);
INSERT INTO acme_scopes VALUES('default','profile','Your profile','Your name, username, picture and other basic profile details.','["name","family_name","given_name","middle_name","nickname","preferred_username","profile","picture","website","gender","birthdate","zoneinfo","locale","updated_at"]',1,1796115621586,1796115621586);
INSERT INTO acme_scopes VALUES('default','email','Your email address','Your email address and whether it has been verified.','["email","email_verified"]',1,1796115621587,1796115621587);
INSERT INTO acme_scopes VALUES('default','address','Your postal address','Your postal address.','["address"]',1,1796115621587,1796115621587);
INSERT INTO acme_scopes VALUES('default','phone','Your phone number','Your phone number and whether it has been verified.','["phone_number","phone_number_verified"]',1,1796115621587,1796115621587);
INSERT INTO acme_scopes VALUES('default','offline_access','Stay connected','Let the application keep access while you are away, until you revoke it.','[]',1,1796115621587,1796115621587);
INSERT INTO acme_scopes VALUES('default','api.read','Read the API','Reads the fixture API','[]',1,1796115623028,1796115623028);
CREATE TABLE acme_authorization_codes (
    code_hash              BLOB    PRIMARY KEY,
    tenant_id              TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
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
INSERT INTO acme_authorization_codes VALUES(X'5d6e0647279b61a7e26d1dacee0f142ad35d635a2b9ad7fe49df0d989df5f711','default','web-client','01a230d5-6f0a-7f2a-9a51-8b9e13ea72d4','http://127.0.0.1/callback','["openid","profile","email","offline_access"]','fixture','DjTD1EISRm4hwghwzwXM4hm3Sr6emq5IjWaMaNZAAOE','S256',NULL,1796115636194,1796115636380,1796116236380,1796115636426);
CREATE TABLE acme_refresh_tokens (
    token_hash   BLOB    PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    family_id    TEXT    NOT NULL,
    tenant_id    TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
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
INSERT INTO acme_refresh_tokens VALUES(X'262056144a3b26e86005fade7ea8f0babd445d832262c82a416a5f1ac830c3ef','01a230d5-a0db-72bd-8a42-1662b17c3bf4','47066e5d-9b27-a761-e26d-1dacee0f142a','default','web-client','01a230d5-6f0a-7f2a-9a51-8b9e13ea72d4','["openid","profile","email","offline_access"]',NULL,1796115636194,1796115636443,1827651636194,NULL,NULL);
CREATE TABLE acme_consents (
    tenant_id   TEXT    NOT NULL,
    user_id     TEXT    NOT NULL REFERENCES acme_users (id) ON DELETE CASCADE,
    client_id   TEXT    NOT NULL,
    scopes      TEXT    NOT NULL DEFAULT '[]',
    granted_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, user_id, client_id),
    FOREIGN KEY (tenant_id, client_id) REFERENCES acme_clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO acme_consents VALUES('default','01a230d5-6f0a-7f2a-9a51-8b9e13ea72d4','web-client','["email","offline_access","openid","profile"]',1796115636372,1796115636372);
CREATE TABLE acme_data_protection_keys (
    tenant_id      TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    encrypted_xml  BLOB    NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO acme_data_protection_keys VALUES('default','key-b54a040b-dbe6-4df0-a375-33c6d3d4b583',X'17f2ea1b65478f9c39021971c050a3bb8b23f249689b98ed11a403e37cd9194c523c945f18e5a7beb3d1da1f931ffcc44029e17efdf6e8bb13386a790c8f86ab4faa4212ae27dd4ba187a9079f067bd5dbbb4c39ca4b3fc4cf197baf96d568b8ccb7a37ec28af0e4e20c9fb03b9ec9deff9f222bdfbae1d393461d80e0968dd409d01735d83d6cfcc9c2c31224096fdd8b1c3ac7c268dc04adf68bfbc683ff6d8ff30a1215603919177276d28f4999d82c9d1e01ec9e195d5d3bf6d22241661cc54345805e200e5d724841977f900410bd345f6bc5266801b91bb897c7bcdab28c3a77277e4ad1e976a4eb8a0f0d92dfe4ebd20e37d12a447ce56539c5e31c8f623802d2bf741e4ce313321fe5c7fc082c664ec7c06e3b0b2a032ec2d7e0c55161309f26ae3a555907849420a4159ed7a47c2ba0d564a03ce711a66e1e2cf00e80829ebd4d8fd170c7754303181160f8eed6bc4560b72b361784eafefbb07c927054b0dccf6a22d8c86f6d52ffcd8c42e78473acef2ba122461be9069cd367e8655c1488b1a8e5aa458de01160ef1c860ad1ef2f2ea8d62ad042d96c5187103afd0855b81c09d5b96df8fd2bd8ae757131314b4b59b3592ff95d42188109ba07ca5edc83dc26989fcc907e99423e3540eafbbaa667b5fb185ad50cc16b6d2667eefc2178689908e42b493fd7bcbe754b43a143e311013cdcd8359787aaf1d6b28a64b8901ba64baa78bc82214956404f44bcc28f182d8aff52c091e1a1b78532c209025a7f4e0039bd980faa0e18977239dce7e6d4e6aed405b4788943afca1741797d7f24dec9108f0136178fd1e8db43e247a016220db6518b40539696628744ced86bf6433e3248f4a9bc3e76d6b1a22b0b5b67b48313d24d9dda347b97176ee071eeee23043ddcd8a3e0ac668e21f4f2d2420c4583fbd7b1bc7f0d7f5326915e87adb912348492ba18f5298cbd5d0d856a1acf11babb2298726edafaf6848b2fcfdad5ec3d25c5d0fce2bc8f97ccc6f56ad5973e7d13c206588630edb4b89df622c00fef2f81a9e9f396924599429785918f977bb62760ec8276053c4f4a3c4d19fcd111e97685d1a5fedcc08855c9889a0a2f25ef7c5abf78545ff65068d62ce4285f31636aa0aaf2e263e4bf75559a075bb2581a59cbee6c29c3391c478cdf0c90d4ee11c3c0d84c12071ccf0a16cefe24cd3139b860c95ac38d26685cbfbd685fdc127b2e72a1d48d73502273539ecd914c362811f60da3e047a682a5dacc9b1c063bc83640407662bf6e550fbf0939',1796115634740);
CREATE TABLE acme_settings (
    tenant_id   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    key         TEXT    NOT NULL,
    value       TEXT    NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, key)
) STRICT;
INSERT INTO acme_settings VALUES('default','site_name','Upgrade Fixture',1796115622261);
INSERT INTO acme_settings VALUES('default','op_policy_uri','',1796115621595);
INSERT INTO acme_settings VALUES('default','op_tos_uri','',1796115621595);
CREATE TABLE acme_device_codes (
    device_code_hash  BLOB    PRIMARY KEY,
    tenant_id         TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    user_code_hash    BLOB    NOT NULL,
    client_id         TEXT    NOT NULL,
    scopes            TEXT    NOT NULL DEFAULT '[]',
    status            TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'denied')),
    user_id           TEXT    REFERENCES acme_users (id) ON DELETE CASCADE,
    auth_time         INTEGER,
    created_at        INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL,
    decided_at        INTEGER,
    consumed_at       INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES acme_clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO acme_device_codes VALUES(X'77e074c1e0b4691d55f40852f5f4e663d472715ea97d39a6d7c09fb0c1be3264','default',X'8590fce5e4bbcc927404908754c6c6fd5a9fe3ed6e3b6b166beba93664047422','device-client','["openid"]','pending',NULL,NULL,1796115636480,1796119236480,NULL,NULL);
CREATE TABLE acme_registration_tokens (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    token_hash   BLOB    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('initial_access', 'registration_access')),
    client_id    TEXT,
    single_use   INTEGER NOT NULL DEFAULT 0,
    expires_at   INTEGER,
    created_at   INTEGER NOT NULL,
    used_at      INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES acme_clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO acme_registration_tokens VALUES('01a230d5-8a99-778f-834a-fd27a87a0309','default',X'b3b92478ce5a1098ebeb40a0aaeece0ed4a2fe0c523321d3299704217ecdffb7','initial_access',NULL,0,NULL,1796115630745,1796115636513);
INSERT INTO acme_registration_tokens VALUES('01a230d5-a157-7954-aea2-0ca57d4cc219','default',X'41e9543847523002ffc1b4529566d983a2e6b15179d213956eb7e65bb84df501','registration_access','zjMj7MiKPJitDb3YuPbe5A',0,NULL,1796115636567,NULL);
CREATE TABLE acme_cleanup_lease (
    name        TEXT    PRIMARY KEY,
    holder      TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;
INSERT INTO acme_cleanup_lease VALUES('expired-data','',0);
CREATE INDEX acme_ix_signing_keys_expires_at ON acme_signing_keys (expires_at);
CREATE INDEX acme_ix_audit_logs_tenant_time ON acme_audit_logs (tenant_id, occurred_at DESC);
CREATE INDEX acme_ix_audit_logs_tenant_type_time ON acme_audit_logs (tenant_id, event_type, occurred_at DESC);
CREATE INDEX acme_ix_audit_logs_tenant_client_time ON acme_audit_logs (tenant_id, client_id, occurred_at DESC) WHERE client_id IS NOT NULL;
CREATE INDEX acme_ix_audit_logs_tenant_user_time ON acme_audit_logs (tenant_id, user_id, occurred_at DESC) WHERE user_id IS NOT NULL;
CREATE INDEX acme_ix_audit_logs_occurred_at ON acme_audit_logs (occurred_at);
CREATE INDEX acme_ix_client_secrets_client ON acme_client_secrets (tenant_id, client_id);
CREATE INDEX acme_ix_client_secrets_expires_at ON acme_client_secrets (expires_at);
CREATE INDEX acme_ix_reference_tokens_expires_at ON acme_reference_tokens (expires_at);
CREATE INDEX acme_ix_revoked_tokens_expires_at ON acme_revoked_tokens (expires_at);
CREATE UNIQUE INDEX acme_ux_users_tenant_username ON acme_users (tenant_id, lower(username));
CREATE UNIQUE INDEX acme_ux_users_tenant_email ON acme_users (tenant_id, lower(email)) WHERE email IS NOT NULL;
CREATE INDEX acme_ix_authorization_codes_expires_at ON acme_authorization_codes (expires_at);
CREATE INDEX acme_ix_refresh_tokens_family ON acme_refresh_tokens (tenant_id, family_id);
CREATE INDEX acme_ix_refresh_tokens_expires_at ON acme_refresh_tokens (expires_at);
CREATE UNIQUE INDEX acme_ux_device_codes_tenant_user_code ON acme_device_codes (tenant_id, user_code_hash);
CREATE INDEX acme_ix_device_codes_expires_at ON acme_device_codes (expires_at);
CREATE UNIQUE INDEX acme_ux_registration_tokens_token_hash ON acme_registration_tokens (token_hash);
CREATE INDEX acme_ix_registration_tokens_tenant_kind ON acme_registration_tokens (tenant_id, kind, created_at);
CREATE INDEX acme_ix_registration_tokens_client ON acme_registration_tokens (tenant_id, client_id);
CREATE INDEX acme_ix_registration_tokens_expires_at ON acme_registration_tokens (expires_at);
COMMIT;

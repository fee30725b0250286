PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE acme_schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at INTEGER NOT NULL, checksum TEXT);
INSERT INTO acme_schema_migrations VALUES(1,'initial',1796123321347,'eae3601ac5a1af1c05b5918658b837a7ffc4e04b1e38bd2f9a007e81ec013fa7');
INSERT INTO acme_schema_migrations VALUES(2,'oauth_core',1796123321361,'ac03ec0891bc87809498236708c6630e988c7d1569b8e687b3f7da65bbb4dc94');
INSERT INTO acme_schema_migrations VALUES(3,'users',1796123321365,'f3904d7f4912891345d8c330946809e179ab4af8c500a415bfb9c6ef377660bd');
INSERT INTO acme_schema_migrations VALUES(4,'scopes',1796123321366,'9f7384c91d6742235a9e0c0ae2d955c95799f7b21ef3ea503f4cf4aec634aa27');
INSERT INTO acme_schema_migrations VALUES(5,'authorization',1796123321366,'f86934e6e560c2acb6e28d09e3e2884c1f1f7d7a2a8bcf664f78a7feb8f46be8');
INSERT INTO acme_schema_migrations VALUES(6,'data_protection_keys',1796123321367,'bc3ea719662f0a1ad4b792dd0ffdda05d2eb2190cb6795b933c8eab5e94bb041');
INSERT INTO acme_schema_migrations VALUES(7,'settings',1796123321368,'881090a1878e00341e3c919c969003ab78c6d9d6a3e9b83dc7b048b4439fa670');
INSERT INTO acme_schema_migrations VALUES(8,'device_codes',1796123321368,'1bf33007166cbb42f81f3902c2f121e24defcaea6e8dca9306bacada397211bb');
INSERT INTO acme_schema_migrations VALUES(9,'registration',1796123321369,'eadf298da23ef25db4f8d6bc372264c91a0552d61516dc6b3def215d968af3ba');
INSERT INTO acme_schema_migrations VALUES(10,'cleanup',1796123321371,'0881ad1f9bc603da0e1760267f614edbe778d3a09f5c62b8f27cbbbbef9d9b4e');
INSERT INTO acme_schema_migrations VALUES(11,'migration_checksums',1796123321372,'b628b70c20e4de115bb8ac572af3df5a9eaed5b26a3af41cd7b26b19e0cb57b3');
CREATE TABLE acme_tenants (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
INSERT INTO acme_tenants VALUES('default','Default',1796123321000);
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
INSERT INTO acme_clients VALUES('default','basic-client','Basic','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796123324648,1796123324648,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','post-client','Post','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_post',0,1796123325352,1796123325352,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','reference-client','Reference','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796123326088,1796123326088,'reference',86400,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','web-client','Web','confidential','["http://127.0.0.1/callback"]','[]','["authorization_code","refresh_token"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796123326810,1796123326810,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','device-client','Device','public','[]','[]','["urn:ietf:params:oauth:grant-type:device_code"]','["openid","profile"]','none',0,1796123327522,1796123327522,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','0WPBYM8WGIE-bGiqT3VQKw','Registered','confidential','["https://registered.example/cb"]','[]','["authorization_code"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796123331021,1796123331021,'jwt',NULL,NULL,'[]',NULL,NULL,'registration',NULL);
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
INSERT INTO acme_signing_keys VALUES('default','4I-OhqREJ8z6p4-u','ES256','{"kty":"EC","crv":"P-256","x":"8WJTyvDzBSbAiyMH79CrODFSKFsPb9EGIy1a_Gt2TRw","y":"merZodC6RX5pmgkTHYmfNbWhlbkirM0OaeQbEwQEmb0","kid":"4I-OhqREJ8z6p4-u","alg":"ES256","use":"sig"}',X'89483b2813ceeec31ccd1db759f4c9f8998a3fa34651aafcb93460180fa1cda3aa994a3c3d8409c69c616357f6e01c3f5e300899cb0bf96463be6f208ac6ed92126cab742e8074f80323603f00bb7c5d2c2f4235f87dd4c0072a837ad5b1be685a56038d55417e3e515d9f0bbd228445d6aa8f3a435030b3372c42dc9890a1bffb9a8bd868ad5187bf3a48fa6348293c67ec6230868131f66221433cfc74773ccf03eb12f096',1796123324211,1796123324211,1796123928830,1796210328830);
INSERT INTO acme_signing_keys VALUES('default','-uXqJ9ABv80f2wf9','RS256','{"kty":"RSA","n":"q4tohAs_AUfPDcDJQCxTbdA1JqQg_syxRiixUigWY93ojfh7XswPx_fzEn9kbvGSNFyxq62OgPZmRYDwjYz8h-pGUidFUiD52lKMohwlMDd3_1rYjouEzb1Y9aJSdih3KDUyxoFJAjUqAkqbLqWJSxA4DGZS3zLnrJqDPUwZiThhLl870wcxVdjV7Yw3l8belevnF3KQl-gTXUrkKJlqM324YO8ZLhK942E5cxzDIl8fNQKAukrMDh15OG8hteanTOuvtwrO1W2-IwZIQ6YQr6rs2DuwZNLsA_ipKGmdy8g-smgyn6Fem1AVxG1FI2qaPR41XjH7tih6dN1f7lhh_Q","e":"AQAB","kid":"-uXqJ9ABv80f2wf9","alg":"RS256","use":"sig"}',X'ebec37e806d82a91d4880dc1219e338e20511f7973c481c28b0b89410b773d7b2456bf47fbe69b35b09114231fc41286cba5b165a190c1761067b33c898a474fb594e4a8bf3482ca04f66c98056cd7034c6ea3ae03367e079b9ac9ad0b0651860f192010958d4681669cb7a271f8e4afc61644faf7d08ded841c80f5a7edfbf42866f142254749c3358cc00df63c27b062c22c4a941c93d536b85be553a7bba65c8c2c02403cafff7951d918093795ff0983d15d2bbf178d8209819fc95750927c8156b2ec9248ec5e43b6d5f2d2d758a9856cae5c9a81a7a5b4c71179b41dea42b1b6f4b38a4dfabd27f592f09cd06c4a7f349ee1f54f35705c1439b24ce55611084589c7106601f9558b7c56f311888a6453ecc6c2ebae64c89f12d7be0a6f3f6244b885e98f03c94f2db994d81e6f80f3174b6449b38e004937741174075069e7df214cd44c31803e712fba643d3128b08d3a4897b7a29bed7ca940f89f4ac9761af3ee8db16e9b288597f879bf6fb1702b114861983828cf9c7e2001bb2faa91ef2eabeee0adc67b5d434c717ff5c7be0249a93c35d8fc1db8a390c2522fb2a41fe2c0d8f99af29ef05281aaf0fb9c8ff38f57fbef8576b5f8f802a2823054a60b40a620cba87c31c1ff9103666d36485401ff08e68e103a7e55694fa00ce908cbda2927549461882949f2fe3fd2bc7071c63f9d981260138465cb1572d945d2f02ce23e838196ec032f86937d8609aaea7d648f73b8c1bc372dd0f0d0d56ceb7f9bd75505a72cb61e694a66722582f542c08b6e68ffbc87d2b3c27cd77ce51a3e9ea9f92dba6d82d43e4d2f43d9633860908350a5a0e13f375cb2665786b526e224f5a1967a42cf7277db4b3fdd3bfcc53c07bc404ffc0a510354fc2ba9e4e6192a573fb16d1323d8d33d18571b7b303413286bae2dce2b2f6dd407c2ad05595ee7a0ce905c37d17dbf3e55bb22d12ac372a8984dba6934fe4d6d4ac89afe7cbe4ddeeeefb27ebbf6a2541f8a2307fe29ec3d940f55cc374c5251c8928d76922e20563d1c32008305ee3987e79f7aa9dee36dab5f1d0b6bcafe560754d30282d495e96d1e79d8e00277e90c513a522e89ba9f955cc5f6ee5bc580151c7ecee04bac60b65538bfd51b1047c70b8671c1911d08f7abf9e7557d32998ef12dae1adfb7a34243e87b16957d4b3f064e735a7997928ccb917415a156fc39479eb88c69f9fe7db188b90567d42284205682c64fec50030ef53c5079016093711aee0e9203d0dacd3f3b035757541b277de996256618ead0a8fe4349ebd071f445f5d104e15a8f1e0c546122f8df5c7b72d730679e1a06a289520291a343dc6a939936786cb2fda5ef5bb7beb7d7bfbda2c3862698576d863b57b5f70d63d74e23d0fd2399ec9ed9cd1261ba6cf1e87d79ee851f87399ee2b59434bdf32cb98397a3e6b9847976dc06b7af14598ec0b59e84df37816da709532d77de92251dd4e07b139566ab898df5d3643db3ae671f9b1053b73b4f2dc5a9005b2eb03f2ff28ec0dc62dfe70be8a3a99ddee8f05fb0d24a21b4d862c87428e3c09b33da661cb65673b70a79f21ce5018b81f81a4b716ba1bf9fbaca66163640ae720a3c8043a2791a70957482048ff51c2573c8bd06d1e43081bdcea6a70c3281f4b0fbffc5d1482b94c1ff06ce759204fa7b6da2c6b9dce63ddc7ac4babd7ab1225103ad695d11afbe88584548b55b220b861177ff963197595e3b3f09a3768f6a89',1796123324211,1796123324211,1796123928854,1796210328854);
INSERT INTO acme_signing_keys VALUES('default','ebhQLbIoaeEzbqKr','ES256','{"kty":"EC","crv":"P-256","x":"MNXYOfCVWwV_ldA7ecqj1qKZ5KGPmNEyaB2bTU9L2vk","y":"yfKp0tY8vrWCd9ZRWwKk8e-2NUnrBy_eh914RA8fIzw","kid":"ebhQLbIoaeEzbqKr","alg":"ES256","use":"sig"}',X'8c36b1f3d538a5841507f71732336dbc29cc430fc4690e14cbfad50c8bfe148cbabc1e143b256036501e82d77914480e86ae81e14656ae508ed1b921ee3b3d1bf925dc480e74397a3c8d8439f7d299a519c0eeec1ac28336d7b8a99ccd90cfbb8de233786a99315b0f8fb25bc4283793c91762e7318d9955c2b2dca8927bcb08bdc2c6f350778b33ba3b226ca176a78b4eb30bf642b3ec326416f06adca890ceb25ecc2ded52',1796123328830,1796123928830,NULL,NULL);
INSERT INTO acme_signing_keys VALUES('default','d-4oKocZRdVD8lNs','RS256','{"kty":"RSA","n":"14hfXuInICbbrvvn0y17YIiY9PyVrlfMaY72iRroXsfvUDLu17RYEVIGM-Mqw-Jzz-HT4W1f_3IeHFbgMYcssQA_HDpo0FWQOa2IVxs-KcSP0Eq9uwgwfMH3E-nklRRp7pQKoDhCnMQxq5eOHhSLWqZwK-kKpqTMmQOE2ctSNhu001zgtPasgBlq9ILqYnNJGubIM5pEGqWurZ6CQs-sFGkto9mQMFNgYu-hcAJPnLFlj59eXJ_1ZB2jNm_YoMagbCASZesBjZL9rjOaZ_SAtXflM88HhjZgL-3V9j-vdGdQyG_mzsq8FkAK36KIKnXdGpMmf3beENXc7M6wzvi0xQ","e":"AQAB","kid":"d-4oKocZRdVD8lNs","alg":"RS256","use":"sig"}',X'25300c494fb227492444f026224c3bc275309c72b98d948a2fab0dae8b3b08fd3f9cbd8ce7399bc47eacc851d0872990bf881cb13da78a9f42192bf4a6cf5e5dbb05d8f22ff8b5383f27f480618e99fc5ce8b72262bd78ec07486c7e8ab908e75a3fb4f9f486c4982e41375079a6631028a9a3b631898c94729ce4437aa9f613da3d20399e5d2644a885b3097ccbe1fd3c61932374b6e806b57d5ce7f2a0a36e0dd925c4cbaaf801d61c2c708ac5e4e869f2f7de3d88357158e9ab18be46e45a266e2c3c70d0c56c434fbd362dac1aa5ab2eadcb5e2078d474f62f59236cff64036163ca272ab57333ddbf89e6c8bce92b859840d8697c40633c7be92559d996e12d8c38b5e2b37b847b97b4d60fdc7c8caf5463bc17b436884038a9dfa7f21ffbc7c773f5902af5829559257ffb77705363a56949cbd15e6637dfb7bd2c5ef22244a97a4e56d8fbeaa169848404e88bec40f8cde76444b7ba57066b749373983d8e5a6d7fe3e5b317d20c59b55f3c952616e83843f01ceface591feca8928ef57b8cc55bf004cae1e2b9d176043b30ff39f794300154d7abb604fed0a9a1f3edcaba5152f26ee6ee7ecf1ab8f18ef74c66d10d77087698f9b2f369a7cf95dd3287f274d500394bcd9e0f073b6681cfb69dc37f248ec6ee7f51ad2f14d802fb954b6bea47af3eae3489281c29ac1c3ed462ba4fb3088e8de1d2408b14740ef5d5c00af50df318231b5ccd37082e04a6a08c1e70d577e0cf3bfbdcec63e49b4184d4ffb31e6ed2b1c7971a893e4054f9b8ad41ce22a9eabb402a555b2dc2c8796126d2c003aefebbdf5b5987ffd9c7cbe6c9ae742d63f62d3b372e3082e3523e59f13780b61467b793b916e2ac750f7df3fc1a8a8796cb170da2198ded3ad5c2972c17525b9c442a0b7a83671b1cc43b724be932078da89ef81e4484006e7ec7a5ce9558c9021a678b3b104c7a8251e8727760c05c580b487b633a42b32231b42329ac7e366ef0e8f0a95fc13f06ac1d038ee50b8990f631efd1cb4647a1b12d28e4f0d276660c4069bc0a15d13ba73c365bd97e5f26b5a29aa883adaaf5fe09bdf1c5b6994b336c66bff4bf80bb215f7b826e2cc234070c7cfff8b27906dd8c994594270d34c333162a4c4d9265a8533ad54497791d919094ed6e5c0e72e288ac563556079dc564fdcbe731cf27f55c2ee435b76f11f944590d14655c0d801e8eb2115d49e4798d192fe7aa428ff8c6c4988e9d6f7cb9478958cb07523c2e86b98573cc7c04dbfecb35d98a179a95145d9304ebfccc05791ea39bfd7ead6521e8810897940aeff8ae5801fe4e5e75283750bcba7f74939d2731431e5262fcef541d43c8693e9ae370d3be1a5438db9b3c856b0810e21252e47b2ab118c38485c9ec246103429730debbed46e55e107a144d2f4a8feb28bc17a8a0d4210d2b29d83717f82699b53836f22128bab673055b6483e832e8b94fe400c90d7b16f2f3b0b57c60fa876b65631cf07d8975809519ca26659110c2e8521803a66bade9270f08150ded37c657ca804f672758d2a0731c88f18eb6f6e85705e9168ef4fcdced852a50cfd9cf06eaa41893c01fd93a276de1bb0a1ad989f4de54fc39dfd5353b0b7a1830c1801373a494f7357242f505ccc5a4e7c4283d31a976d51ebe0fc489708e30e0e20c5349431be8d4905466354f2dc0f3cad72624550c8992a2a59e9aa1578a2055db2923bc7d78edbd4f643ee880190ccbc4f31fc4fc05b6a99',1796123328854,1796123928854,NULL,NULL);
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
INSERT INTO acme_audit_logs VALUES('01a2314b-0833-7119-8cdf-b89b5f02e983','default',1796123330611,'token_revoked','success','post-client',NULL,'127.0.0.1','{"jti":"2Jw6IIszFNg7o6aassB0Dg","format":"jwt"}');
INSERT INTO acme_audit_logs VALUES('01a2314b-0808-7f68-bd05-737722d83158','default',1796123330568,'token_issued','success','basic-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"hEp5fit2a5kby8_XpPDIzA"}');
INSERT INTO acme_audit_logs VALUES('01a2314b-081a-7055-868b-b00a18329533','default',1796123330586,'token_issued','success','post-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"2Jw6IIszFNg7o6aassB0Dg"}');
INSERT INTO acme_audit_logs VALUES('01a2314b-083e-73df-9394-b55cd692a393','default',1796123330622,'token_issued','success','reference-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"reference","jti":"UxtKf2V_OQLBDDjbcEDLfw"}');
INSERT INTO acme_audit_logs VALUES('01a2314b-092f-70ee-a0f0-cf7756150ad3','default',1796123330863,'login','success',NULL,'01a2314a-ecc1-71fe-97e6-f0a7bdbe61a4','127.0.0.1','{"method":"password","reason":null}');
INSERT INTO acme_audit_logs VALUES('01a2314b-0983-7e14-9711-58ce404dee62','default',1796123330947,'consent_granted','success','web-client','01a2314a-ecc1-71fe-97e6-f0a7bdbe61a4','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO acme_audit_logs VALUES('01a2314b-0989-7c73-8761-5c58d6c1b59f','default',1796123330953,'authorization_code_issued','success','web-client','01a2314a-ecc1-71fe-97e6-f0a7bdbe61a4','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO acme_audit_logs VALUES('01a2314b-09b5-72e7-9d01-17fe2c8a5b45','default',1796123330997,'device_authorization_requested','success','device-client',NULL,'127.0.0.1','{"scope":"openid"}');
INSERT INTO acme_audit_logs VALUES('01a2314b-09de-7568-a47f-84dc01016f81','default',1796123331038,'client_registered','success','0WPBYM8WGIE-bGiqT3VQKw',NULL,'127.0.0.1','{"grant_types":["authorization_code"],"token_endpoint_auth_method":"client_secret_basic"}');
INSERT INTO acme_audit_logs VALUES('01a2314b-09aa-789e-80fe-d8097b2f9272','default',1796123330986,'token_issued','success','web-client','01a2314a-ecc1-71fe-97e6-f0a7bdbe61a4','127.0.0.1','{"grant_type":"authorization_code","refresh_token":true,"id_token":true,"jti":"5FvJkV1fnWroAmhHMg1dGg"}');
CREATE TABLE acme_client_secrets (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    secret_hash  BLOB    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES acme_clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO acme_client_secrets VALUES('01a2314a-f0fc-7650-a282-1a6f5aef8446','default','basic-client',X'3adc0facb4d1f1d70a972d6599156be3283c3987a8be012beb6c3d2285a91287',1796123324648,NULL);
INSERT INTO acme_client_secrets VALUES('01a2314a-f3c1-7948-8f99-71c508781be2','default','post-client',X'66d40f004d8ae2f6967c9dc0cd40b13e59bb6063923db82246333b55829a0f44',1796123325352,NULL);
INSERT INTO acme_client_secrets VALUES('01a2314a-f6a1-7351-b0c7-fc07ee936db1','default','reference-client',X'9c9461c7984ceee473fa73ff0f3cc2f8e20120aea453333d6cae807a89b09f74',1796123326088,NULL);
INSERT INTO acme_client_secrets VALUES('01a2314a-f973-7ec7-bdac-208de24ffb17','default','web-client',X'616eaa4369c13bee8ca28f6cd4bcc53822afa63c8175f5854fa993e337759929',1796123326810,NULL);
INSERT INTO acme_client_secrets VALUES('01a2314b-09d6-7220-b49d-6a349c787d8a','default','0WPBYM8WGIE-bGiqT3VQKw',X'c12c2ed8160ff18f51a802061cf655877f01b79bbc021862b728cce3d60c0e98',1796123331021,NULL);
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
INSERT INTO acme_reference_tokens VALUES(X'38914cad6583833142a0ba07232c8ad26c370360331cdfb5e6738a8f024e1946','default','reference-client','reference-client','["api.read"]','["http://127.0.0.1:45287"]','UxtKf2V_OQLBDDjbcEDLfw',1796123330000,1796209730000,NULL);
CREATE TABLE acme_revoked_tokens (
    tenant_id   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    jti         TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, jti)
) STRICT;
INSERT INTO acme_revoked_tokens VALUES('default','2Jw6IIszFNg7o6aassB0Dg','post-client',1796209730000,1796123330595);
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
INSERT INTO acme_users VALUES('01a2314a-e6cd-7cdf-8eb7-4911ee92ae2f','default','admin',NULL,0,'$argon2id$v=19$m=19456,t=2,p=1$n7N+gr69d/ie2xEx0eYuvw$IIwSmSMCG4uVMLBJD5ajHiqvElhhUbHScUyqqYQnJuQ','admin',1,NULL,'{}','CB3EC65789395002B5CD1CF550A088B0',0,NULL,1796123322061,1796123322061);
INSERT INTO acme_users VALUES('01a2314a-ecc1-71fe-97e6-f0a7bdbe61a4','default','alice','alice@example.com',0,'$argon2id$v=19$m=19456,t=2,p=1$70E/8+pHXu4+qWD2vyGkKA$WVrXyiQUFWYng6mP6Nc2Qyi06NHUk68BdfoZymZ+zf4','regular',1,NULL,'{}','C7191CA6F6C0A008E53F0687F19F0FD2',0,NULL,1796123323585,1796123323585);
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
INSERT INTO acme_scopes VALUES('default','openid','Sign you in','Confirm who you are to the application.','["sub"]',0,1796123321967,1796123321967);
INSERT INTO acme_scopes VALUES('default','profile','Your profile','Your name, username, picture and other basic profile details.','["name","family_name","given_name","middle_name","nickname","preferred_username","profile","picture","website","gender","birthdate","zoneinfo","locale","updated_at"]',1,1796123322004,1796123322004);
INSERT INTO acme_scopes VALUES('default','email','Your email address','Your email address and whether it has been verified.','["email","email_verified"]',1,1796123322005,1796123322005);
INSERT INTO acme_scopes VALUES('default','address','Your postal address','Your postal address.','["address"]',1,1796123322007,1796123322007);
INSERT INTO acme_scopes VALUES('default','phone','Your phone number','Your phone number and whether it has been verified.','["phone_number","phone_number_verified"]',1,1796123322008,1796123322008);
INSERT INTO acme_scopes VALUES('default','offline_access','Stay connected','Let the application keep access while you are away, until you revoke it.','[]',1,1796123322008,1796123322008);
INSERT INTO acme_scopes VALUES('default','api.read','Read the API','Reads the fixture API','[]',1,1796123323055,1796123323055);
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
INSERT INTO acme_authorization_codes VALUES(X'fa1dd6bfdb82c901d7f2486390512e23e45bc9915d5f9d6ae8026847320d5d1a','default','web-client','01a2314a-ecc1-71fe-97e6-f0a7bdbe61a4','http://127.0.0.1/callback','["openid","profile","email","offline_access"]','fixture','xh4eco442L38BBsj9o1HydY0fd7BUFkgNYBJQ09vllA','S256','lTk4wnSrP4hYlcDi9nOnDA',1796123330867,1796123330951,1796123930951,1796123330971);
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
INSERT INTO acme_refresh_tokens VALUES(X'1a72f65fcb153791f6ad62f4b59a91dac22ff3076def20a01c55e9d1548f3c10','01a2314b-09a2-732e-97b3-825c6d5f960e','bfd61dfa-82db-01c9-d7f2-486390512e23','default','web-client','01a2314a-ecc1-71fe-97e6-f0a7bdbe61a4','["openid","profile","email","offline_access"]','lTk4wnSrP4hYlcDi9nOnDA',1796123330867,1796123330978,1827659330867,NULL,NULL);
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
INSERT INTO acme_consents VALUES('default','01a2314a-ecc1-71fe-97e6-f0a7bdbe61a4','web-client','["email","offline_access","openid","profile"]',1796123330945,1796123330945);
CREATE TABLE acme_data_protection_keys (
    tenant_id      TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    encrypted_xml  BLOB    NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO acme_data_protection_keys VALUES('default','key-2796ce7b-6708-48ca-8498-47e43a43d2c0',X'bb0bdcf2426c9b023eb30bd8a9a4e8cd49019feb785ef33333a119cbe86e6856dad0363696d935de1a05696adb78ac14d1db25570a91205fd87e65b834dded81d43cf22475eba8554c42b543913aac04984ab0bafa4ac08581ab6b26aa87b5b3064ecbc0df6e69c751c2504674b677a6242ff2bd910f78215c1a464270c518023d86103106446467de61c6f3ef5f5663f3c1a388a9570ae31ab3ec6c2abbbce1b57eb82c071750b6d1bb0d1f6a66fcf17ae97eb41fcf9610eda440bce738a70a35a050d0d41726e13b1573dd79f066ba1df953ed154e6f20558a9a224c0d8fbd3d03ca6f2e8426244cb4401b2d9f2428a59083568f03f645670e941f9a28cdd51b85fe79e1ef3c360aa628cd76af20b68cbba7fdebd80426ab79565d81009a4bcb5c79336fef1e53e8518a44b4d9529ee0df2e6a4f0ee906ef17c93bb8ddd767d358efdff8261232fedf354807e14403d4da5e55ede504d51c044995086d1b1c0f1b7c9f7c39c381cadf02a8f9a591f720df88f87f21d62dfd7c8f68519ef58c0ffc15ad84f06621094b5ba67df45a29be4a1b5fcc754a58f09cacbd080427b5601d56c2ab96383a52b185b6e69fd316bb8069bee2e4069c4c6600137266bf769de28d52d6ccb55834e4797b4eca5d34e44d583983ead40f0c292a02be1004cb48f2b19fe52b668144fc7f650ab0f9c3b9223d70b5fe32417f2eeff5ba89fd5c48c2747e22965a30d4abadb5c9a859186889452fa4d334cc32375110e1dabd218a36bcd61cf0b7a1dcdf362cbd0707fc58f8e792e2075dcf4baa2dd96733c357f5a1a2d4d1de30a9847900a65cee1d9702e03a800dae64a57d1be4370add840c566dde4efbdf0a41f9b55b0e6001e7bfa16c13aa3997362475e2e40c6319562018c59ce6fdb9347fde0f0bf1976129640091ec3240076a4e34f0c203966de11c7369f581e8d8368a12f01e6cc0586513f2be6d87dbb977be7191dc5a72670f62e8ea58c7baf4651442cc0a80f5cc69d2a9af5f4027bad2183c089b021ccf54cc7369940425c3fe30f7454c80b900e6631030324698c25d195cc43871e141a11442f93d3d7111fba6e1ea1dd8af03cebb553f862b3afda20dd642cc7d1d46a643d55bdfd68cee1f01731e2fa2d25632934e65520099381e7593314ba94ad30c1a45b994fbfc33650668a90cf524080bd3b125a40cbe1c333e57c2c40c233f85f16161968f09cf7e8810d503cf4340281da710775286ec8c7b8e538d8701bf16cf1c57746f5497c2e62866ecf092759c593c15e7',1796123330119);
CREATE TABLE acme_settings (
    tenant_id   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    key         TEXT    NOT NULL,
    value       TEXT    NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, key)
) STRICT;
INSERT INTO acme_settings VALUES('default','site_name','Upgrade Fixture',1796123322518);
INSERT INTO acme_settings VALUES('default','op_policy_uri','',1796123322012);
INSERT INTO acme_settings VALUES('default','op_tos_uri','',1796123322012);
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
INSERT INTO acme_device_codes VALUES(X'77b79c7e3bf22e10efa2a7802a1a31fa45c8d33e5b8a9b3d6b110e2b162bc3e7','default',X'be5ee0fdc7f905d038721431d0f16f971db032ddb70bd094b7900e378785dae1','device-client','["openid"]','pending',NULL,NULL,1796123330995,1796126930995,NULL,NULL);
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
INSERT INTO acme_registration_tokens VALUES('01a2314a-fed3-7a2a-8a6d-a9c4cbde3db9','default',X'6cae7c36b78297215465c8383663ac779c6ea5e58ae93a3837c9cfecaea84674','initial_access',NULL,0,NULL,1796123328211,1796123331008);
INSERT INTO acme_registration_tokens VALUES('01a2314b-09dc-7537-bdff-5bc583b51356','default',X'50ff5c1ac5e0806f4c4783d6b03c0510c7ea1872a26cd277eca9f99d10cd6418','registration_access','0WPBYM8WGIE-bGiqT3VQKw',0,NULL,1796123331036,NULL);
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

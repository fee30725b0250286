PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at INTEGER NOT NULL, checksum TEXT);
INSERT INTO schema_migrations VALUES(1,'initial',1796148744983,'eae3601ac5a1af1c05b5918658b837a7ffc4e04b1e38bd2f9a007e81ec013fa7');
INSERT INTO schema_migrations VALUES(2,'oauth_core',1796148745133,'ac03ec0891bc87809498236708c6630e988c7d1569b8e687b3f7da65bbb4dc94');
INSERT INTO schema_migrations VALUES(3,'users',1796148745172,'f3904d7f4912891345d8c330946809e179ab4af8c500a415bfb9c6ef377660bd');
INSERT INTO schema_migrations VALUES(4,'scopes',1796148745172,'9f7384c91d6742235a9e0c0ae2d955c95799f7b21ef3ea503f4cf4aec634aa27');
INSERT INTO schema_migrations VALUES(5,'authorization',1796148745173,'f86934e6e560c2acb6e28d09e3e2884c1f1f7d7a2a8bcf664f78a7feb8f46be8');
INSERT INTO schema_migrations VALUES(6,'data_protection_keys',1796148745207,'bc3ea719662f0a1ad4b792dd0ffdda05d2eb2190cb6795b933c8eab5e94bb041');
INSERT INTO schema_migrations VALUES(7,'settings',1796148745208,'881090a1878e00341e3c919c969003ab78c6d9d6a3e9b83dc7b048b4439fa670');
INSERT INTO schema_migrations VALUES(8,'device_codes',1796148745208,'1bf33007166cbb42f81f3902c2f121e24defcaea6e8dca9306bacada397211bb');
INSERT INTO schema_migrations VALUES(9,'registration',1796148745210,'eadf298da23ef25db4f8d6bc372264c91a0552d61516dc6b3def215d968af3ba');
INSERT INTO schema_migrations VALUES(10,'cleanup',1796148745212,'0881ad1f9bc603da0e1760267f614edbe778d3a09f5c62b8f27cbbbbef9d9b4e');
INSERT INTO schema_migrations VALUES(11,'migration_checksums',1796148745213,'b628b70c20e4de115bb8ac572af3df5a9eaed5b26a3af41cd7b26b19e0cb57b3');
INSERT INTO schema_migrations VALUES(12,'registrable_scopes',1796148745263,'e18987ee8ccdec7cbae34bc47e6e497ad5dfb9e6bf73c9bebf5ec20feacbb9aa');
INSERT INTO schema_migrations VALUES(13,'security_stamps',1796148745264,'e21ee973fe9cb2c89d389f345cbb4a128da56364c128fc38fc8e71bba708b641');
INSERT INTO schema_migrations VALUES(14,'refresh_token_families',1796148745300,'a248dffdf7f26eb11a055da92291e56c4864973bb145c9449ceacc7936996fa1');
INSERT INTO schema_migrations VALUES(15,'refresh_tokens_by_user',1796148745301,'93355af92fdded2129b089f67690df81ae8e0139d5133cd2ba7037aa55fedd03');
INSERT INTO schema_migrations VALUES(16,'email_tokens',1796148745344,'a4d18ae436280f69f8dc252cc14f6d192cfb4e80aeaac34ca97648e707f90552');
CREATE TABLE tenants (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
INSERT INTO tenants VALUES('default','Default',1796148744000);
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
    CHECK (origin IN ('cli', 'registration')), registration_metadata TEXT, introspect_all INTEGER NOT NULL DEFAULT 0 CHECK (introspect_all IN (0, 1)),
    PRIMARY KEY (tenant_id, client_id)
) STRICT;
INSERT INTO clients VALUES('default','basic-client','Basic','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796148767964,1796148767964,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL,0);
INSERT INTO clients VALUES('default','post-client','Post','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_post',0,1796148771383,1796148771383,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL,0);
INSERT INTO clients VALUES('default','reference-client','Reference','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796148775851,1796148775851,'reference',86400,NULL,'[]',NULL,NULL,'cli',NULL,0);
INSERT INTO clients VALUES('default','web-client','Web','confidential','["http://127.0.0.1/callback"]','[]','["authorization_code","refresh_token"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796148779783,1796148779783,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL,0);
INSERT INTO clients VALUES('default','device-client','Device','public','[]','[]','["urn:ietf:params:oauth:grant-type:device_code"]','["openid","profile"]','none',0,1796148783351,1796148783351,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL,0);
INSERT INTO clients VALUES('default','K353qFrvv0GDkHIkT0iG1A','Registered','confidential','["https://registered.example/cb"]','[]','["authorization_code"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796148801891,1796148801891,'jwt',NULL,NULL,'[]',NULL,NULL,'registration',NULL,0);
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
INSERT INTO signing_keys VALUES('default','VSV1ShoDAOS-Dk8k','ES256','{"kty":"EC","crv":"P-256","x":"AiYfwSH6KymkD_ck0aHSdCfzuml3PFcU5ryVJFlL4O0","y":"v_jAepwT2qlvMwDYZzNgxbK58wEl4w0-9n13za6SqI4","kid":"VSV1ShoDAOS-Dk8k","alg":"ES256","use":"sig"}',X'58ce9c2424bc5864ba9ad06e8f32d1258bb4c1cd5813995a4e6f2970ee1c9fb8128db3fcc6573563abc7e42e4ad90cf7272ae51d0f228a6e29ae1ade6c7cf57f79db4bc2417431c8a78227d0582ac1a25162fbb002693bac2fe1e05af1b28415b024c749baf7dbb9e3e409a5720e38d1de47e0c00c8abf1b76afae6ee41b2b726c80b5697d7b2613e0e8e0c63d6a831a8c8c6fb39b919baa79e9765f24f3942548f08cb60474',1796148766268,1796148766268,1796149388289,1796235788289);
INSERT INTO signing_keys VALUES('default','QKi537UUAzXhiS0d','RS256','{"kty":"RSA","n":"sWCKF_k96EHR0PIMjme05I76kQ9x9XgKNXKGwumH2IJmN4p9pHFmEO6UeL891w08xVgcxISfCQRk0p8UBT5nqz6WrVPnmLqXwQEHlPivguYFVZI9jy93-LRYfNYmuXeA7hVh0ZLyNXNBbsK_9VUVnAQrlqBCBzCbwQdEeaEAneN0VizxSwWqtNHp3uxMYJRo9i05xnGipfh3qxCRNyUZunlrU0jDLVmkF7pAaUNsNKzU0fB8u4fbYuNmdAUGJKy9ilpIT4ypkf9JhHcFp32SuMmb_QS9hBf69Y6d43UMOpYA49LTIhBv2y9lRHMVRNuEXTA8768mqzHFEhQaOsX5KQ","e":"AQAB","kid":"QKi537UUAzXhiS0d","alg":"RS256","use":"sig"}',X'0cf2e121946f8f83244fb622be193c4137fc7a8f4d5ca735b7022878c468a7b63acdd8c758825916491de8c8502f89075d5c36baabc3cd744a2e82d4373851acf5bb14333043ece407c06e409d95e392d4dcb4155d73ac3089ec84929fb0713db2334f9418d915b82292a26e6e4c2f5595e7fd5f9ec604f753d41b5edb6b0413ed99a3730efadee89bad6cbaad9af615ca8c721d73bd2b16383c1f69ebbb2fef8e50bcc90d4f117d6b6314195ff49bf9ae24c8fbe887490800a214d03507707943c63e25d55fcd267ce9521c306e73e5c359e74726bbc0930ad97f57b9e63db515f594703c7868a1771af4e232fcf2e9daf258d1498a35eadf741f1b08483a9b378f622098ec46c677adfc829c4c1b18a720e6ba8e1d720cadd1b85a130de2e69f36d54971472af402cdae46c8acff61b61a23abb3d557583991da343beac2d10cec3e72913b6cc8e9cfadf47aca4079cae4477eaf1ab6ed7a47428284c727ee86288b2e9328b4133a4a849291bc3c85afcd5c515daa5e3068972677f1628c8a5acb1e06d736d61a0011e07ab7a185463bf0a8e6ab0a83b1ff8919fbbb0ecf4559ab7e936b8bb3efce40a5ac884bf304992f95d0de3813256972b3df9098bd26ca703940bd77d77279c6905802ce61acdc35d8d347701cfd4507fc4bdad429c4496a43932c0b8a13f474eb8b00e6ff048296d038eb8e3fbc53f122cc1e81244ce845df83306ae7726bcd742d0543068c2f4a7925b6929c4328b4900669b2ddecb222dda3a4427f3b9634659e4130dcaa7f69441c3a4f7b85d33f2b7b0986b3fb776bf2791b0ac65da9f235ad650c5e85fa7dd0b5489a4bc0dddad88820656d7acc6c467a9c6ed12f3dd10ffcae65cdec714b84673ae6592754622853dbaa8ed6238bd773e37204bacaadacc5a38f49ce4644906c03eae6b0e3ce4468487b48980b9cbf91b056550bcca7cc4f58197c469d0c5209fa0c01b13a1e5ef6eba854d3e7dd7b3963d922c29cba69dd4c80b5ed7b1bab13bfea94eb21d6c0627fe64c95ce86aa2a7ecddadbe60b81a800f64d2dd4a91d1e950f3f22de3f3c0a1ec4e4babd17c85d40aef1bb4c22e732812e4fbf375352f1f3c61493d3ccdac0a3442f1f131cf21adc72349d9021fd390fe1fa07adc7c3e44f1e42ad1495971cef2f798decdf1d5a84e81c155d7f6e62fb89d876977fa8e917c2c005f2851b892e4e4ffcfe4c3ebd69eff711556f92fcd89bd8c4dfa1ade1fd4464f43ecb03c913f9ff01d101a3da0cadcb69e75f66b728a5f1b232779b8155722f98a35cb1e7b5f312acb81ded24679cabcabe12b578e90be92cb474285ffdb2abfd5bc42f6a20dcb30654eb9b659f7da8a78f4eed6dc375b53205487fd2704b6e02ceb83d9bb00572516b15af7db248f6a997cbbc53b0116050693b94c32c0192e95fe7ed336db55ea3ba22d9642fad8aeb44b0f105e3530685159b607f795ea428c1cabc755262b9a653f81b93d5bbc3b85351f3d642a94ad38074717b647326794afc39eda27bfa942be04d090d880f887335d489f8a655853681bace598a9498403285eebd455367baf8518f555adce3a7f6d92cdc46788e373c1857e2164ee65176ce430ece69db0a4247cf2e965436a6827e5d58a62b36633d3a0a45eaf4041aef30a7204e8153c80c9ef9ce995292d820eab346ce1c1cf3199db94851b3eb6c8de1529a695ef971a395de9ba8663c4139e8527c95e1e076d3074d181b9eb8f8b6a38a60',1796148766268,1796148766268,1796149388398,1796235788398);
INSERT INTO signing_keys VALUES('default','hvck9hW1bMNls10L','ES256','{"kty":"EC","crv":"P-256","x":"i60DJtF6docMeDGH-_3m_CR94FzEwASh07lWI2Zd4wU","y":"x8UQdk1XjyPLzbx-4Xgi5zYKzbikTHfcj3OkMpfEEbo","kid":"hvck9hW1bMNls10L","alg":"ES256","use":"sig"}',X'810b45c906348f885e3643fa03fa1d0a4459996c2af95f70864f928e2dce710c00db328a5c508b3f7702afdb992185fa28b6dc27d3432de02e1c68c34b7c18185a86ddeb57cabc6883a79ca1044020db71fb2d112c130a487d7a3ac3bce8a7c1f25e195007729c2468d8436fca84e1c6bc78503a9a6d2dbde2bdacb13144be3bfd608cbfdf211ae491c9752407bc351a2b084cf022ac1424001e85cce1499dfb6176f63bdb3c',1796148788289,1796149388289,NULL,NULL);
INSERT INTO signing_keys VALUES('default','hT1EYHuiUy_wH57E','RS256','{"kty":"RSA","n":"0i9bTes4mZVflUAsOHbrqycC8yscmhul1yLCNDLzzZZTuOObgK75g16oTu4XhJlsxE-HD3K-ifQWoh8gbsCGRgLNVXrd6W8kp95G4vjZJuUWeDXux5ctzaLlqSj1_XocAV9hiKDcFQNwiY6kb93hgRqUcHyZB_EMu90ejeY3-DXpz2C5vnp5Ku4KTkcX-SMV3FkBIMpkmBOn6kTOWafGsrDXaosPDbPD5LFs4qlGBjJKJ6mElXAEVSPYOFRKhxJrc1lE-uuZXk4isEcu6_LFYLTZiQ26KQhR9sL-Zxg2T6grp_fqzu2RRqMHIkUWLolfnO1oFDFCvjCH0To1PGI-Yw","e":"AQAB","kid":"hT1EYHuiUy_wH57E","alg":"RS256","use":"sig"}',X'8abb17cbe56bd9d7fc83d142fa587b679673614b005047f038c16ee4872323f8a3cffb3e6d6d4c3c3cd163f5c841340ef710a129ba8d41a937eeaf180b12b993aa5fc8442e9ad12b8a1b10522a720af20274d0a0d7d13078e6bf892b556947fe11b511f63b65ac3a3a55d9969fcb0af22406e8cbc16f80ed0ccf4cd2dd6b2a126a04b2d954d984be3749a8304ef187c1a1d325888527a11c290a0166f4ad4bf91f2b8f8863e2fdb316d9cbf351d7c2c8a19ccf5492a39474600720a350ae3e201cf70da636be9624c8542cf4b9148e820851d425d8ebeb823de441e3bad2cf72793ad798955c74633292d7276c258b8ea1df625c7062b34fb1c6e937697a5c91fd55cceaf637364e3962296c22033918c795b89631d808915ed36bc440fef25f0457616ae79a67e0fd81b8276c9f6d2881a7afddb0c7925c17b1a2e05d160555c28ace506ab43739ccb3f10751e5f8a9fb60e4e156eda909e81e0996aa2974b65175781a1b7b9f9f71f12d31b928fdbb54e446b8420370939349761e8226de57db32e44c553f21d7bf8e17313869537df3265143d36003fc8ce6491cd5ffae907794ba23137b60556c0301479d41b20acc367198498edf0cf13453fd14af9e2882dc9fb87d31f75cee1c8494b12d920e5c48ac16a105b015203dff0efdc2feb82c44ee7ce2e49fa6f767a370aba47407ab0d97163b562b1ff64516f2e536c97ef6ece02d115b8fbf4f4e94ed94b802c02c253b2f287543a9dab432a7a36bc69ea3bb5a67c1a9e9cc805d433556eebf2a15d811319648c31bdef2f3a8283d216d2e335013322b348df9b70f9278b302e315f66704cf53d5410548f4ca63f15da03d84b20bc1df8568cb45e44288191db60898038a28f05eea15fcf95f05c53a036fc203deee4c274b6d1ed906f8fd7020170e9372c0562ecf54ab499f3958ee8324add3e6d471eb70e5e0c4422050ed3f9f052aca85c485d2ae1feb8fa61aae02ed78486b5653a1b9f327cbbf11c7cdf4d513ea033923b82c4cdbed34e6330cb22f298224ed4170b68767e485d8d36b7c6573ecc409970b3b1cb1f7c170444f3a610a0b6e8ea46c244e26e91b65c577b5fe8aacdac688320d852dd2f8a9b5cbb404ce65ebc0b0268e01b9dcf21c79a045eba73fbc32e19e2ced4812d2e911298a1b518a5d7484141d7fcd8db181084b07c8db5cd396cf505df5b4b652c90055e4a105c477468f45f42a72a91bd9af3b91983d91d19602931e01b0c217dd94941e5418f36c136bef9075610f6d862f8e413176627ea4f20be936ac2d131622a41d0925fdd5b7b0be3b2b4a2ebceffdab53ffe61521ebeea3df2dd1c74eaea0e819f889a4ed8516fd99a2accb9695f4972dbce92d00d81e1ed0acb435b813ca725069d43a48599bc98cb9737006c1a33e15b26483c94f11ea868b13686c5f5e7a5e842b80e981243cbc2554e33fc0bf8964f4c212f7aadee2c49cea58aa5865bff14682ad1eba179bb2a6166a544797aa527f08c0626f6ee2648f6481326db92d55dc3d973bef6e9386ef0d49b03d0b6d4067c9eafdf17d99a0e0bbd268c7026169a43978ebad6effaeec70e2b7af9d2be637aa9ab2c1b29c967bb5df6f4f1e65d0026b08621d995c5db89845edde28fdd7205768f7ee91d4e124b4d0a53ed10b6d211d0ed6b75b07acbaa381e7697e2102ad15bfe0274c6ee7d174813d5835491701be6f2ee3f4090d9ec9048a37560c1d2721479d16e8182539d82bfc91',1796148788398,1796149388398,NULL,NULL);
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
INSERT INTO audit_logs VALUES('01a232cf-a4c3-7552-9582-9582b6b44c4a','default',1796148798659,'token_issued','success','basic-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"RsRY6ecZT_syEf7DarFhaw"}');
INSERT INTO audit_logs VALUES('01a232cf-a571-77d2-b3f3-b7f4fad4fca6','default',1796148798833,'token_issued','success','post-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"BxJRY2NI1JTU9fNQkrpMoA"}');
INSERT INTO audit_logs VALUES('01a232cf-a60d-7373-9d5e-1bd96f5effda','default',1796148798989,'token_revoked','success','post-client',NULL,'127.0.0.1','{"jti":"BxJRY2NI1JTU9fNQkrpMoA","format":"jwt"}');
INSERT INTO audit_logs VALUES('01a232cf-a620-76c6-ae9a-cecfa97e8287','default',1796148799008,'token_issued','success','reference-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"reference","jti":"O7egWFpOO1PkujN74odDQA"}');
INSERT INTO audit_logs VALUES('01a232cf-af88-77c0-99fa-103d055e8c09','default',1796148801416,'login','success',NULL,'01a232cf-1d3d-774c-8df4-dd2c22a6a758','127.0.0.1','{"method":"password","reason":null}');
INSERT INTO audit_logs VALUES('01a232cf-b0d4-7715-bd06-557f6decb350','default',1796148801748,'consent_granted','success','web-client','01a232cf-1d3d-774c-8df4-dd2c22a6a758','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO audit_logs VALUES('01a232cf-b0e2-78ed-8c4c-a3b662a6f72f','default',1796148801762,'authorization_code_issued','success','web-client','01a232cf-1d3d-774c-8df4-dd2c22a6a758','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO audit_logs VALUES('01a232cf-b130-7eae-aa39-4ab11f91f6ce','default',1796148801840,'token_issued','success','web-client','01a232cf-1d3d-774c-8df4-dd2c22a6a758','127.0.0.1','{"grant_type":"authorization_code","refresh_token":true,"id_token":true,"jti":"CfDzrNCAmp8VTrXOjlKe9g"}');
INSERT INTO audit_logs VALUES('01a232cf-b14b-70dd-a2ec-df25fa37985c','default',1796148801867,'device_authorization_requested','success','device-client',NULL,'127.0.0.1','{"scope":"openid"}');
INSERT INTO audit_logs VALUES('01a232cf-b173-794f-ba2c-a214a828ab2d','default',1796148801907,'client_registered','success','K353qFrvv0GDkHIkT0iG1A',NULL,'127.0.0.1','{"grant_types":["authorization_code"],"token_endpoint_auth_method":"client_secret_basic"}');
CREATE TABLE client_secrets (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    secret_hash  BLOB    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO client_secrets VALUES('01a232cf-2cec-7235-adee-8e8ecca972a2','default','basic-client',X'7d983822c26df1aafec9061d09dc1cfab23837427697a582c33617b779c8363f',1796148767964,NULL);
INSERT INTO client_secrets VALUES('01a232cf-3a97-7984-bddd-5cc4dffc8dff','default','post-client',X'd03a4dd1dd0094dcc280c3eef9194bc1ace34d5979e942524724586c0ff49a02',1796148771383,NULL);
INSERT INTO client_secrets VALUES('01a232cf-4c0d-75a3-ab30-8908ccf358ff','default','reference-client',X'fecf5090199e46a78daa4ceeebddb51a2c332049072b668b29fd60d6115c499d',1796148775851,NULL);
INSERT INTO client_secrets VALUES('01a232cf-5b89-76c7-a598-7ce1133384d5','default','web-client',X'179bc8ddcae593b37b6b019df81540efc9611cd7afbd59f272b6606640c025c5',1796148779783,NULL);
INSERT INTO client_secrets VALUES('01a232cf-b16c-733c-ae25-5bd33a884db1','default','K353qFrvv0GDkHIkT0iG1A',X'7eb721d6a4f194d6ad1e6e7ec313c0239b1701b4113b4524dd6e5943c31bb44a',1796148801891,NULL);
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
, user_id TEXT, security_stamp TEXT) STRICT;
INSERT INTO reference_tokens VALUES(X'16ad50c0228077bcfa9eadcff8788db1e88cedf1ab713717ab17dee939ad54c8','default','reference-client','reference-client','["api.read"]','["http://127.0.0.1:59185"]','O7egWFpOO1PkujN74odDQA',1796148799000,1796235199000,NULL,NULL,NULL);
CREATE TABLE revoked_tokens (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    jti         TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, jti)
) STRICT;
INSERT INTO revoked_tokens VALUES('default','BxJRY2NI1JTU9fNQkrpMoA','post-client',1796235198000,1796148798865);
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
, email_verification_required INTEGER NOT NULL DEFAULT 0) STRICT;
INSERT INTO users VALUES('01a232ce-f370-7b09-b540-b4b52508a7d1','default','admin',NULL,0,'$argon2id$v=19$m=19456,t=2,p=1$SJPEkZWZlcu54kPgfn+vTw$j8ohn7TyVsU7UKhbswGUk2RYg7eYHn3gyF0A8K3zYv8','admin',1,NULL,'{}','CABB14AF0BB1836501026F5FE468B795',0,NULL,1796148753264,1796148753264,0);
INSERT INTO users VALUES('01a232cf-1d3d-774c-8df4-dd2c22a6a758','default','alice','alice@example.com',0,'$argon2id$v=19$m=19456,t=2,p=1$hz8ojS5OxqWQaZuT3c+vBA$xxnkqfmOGJVJS8UAcuNHAsKfJBWG7OyMx18WB5z469I','regular',1,NULL,'{}','41B896209B18CAD34186B2C363B51A8F',0,NULL,1796148763965,1796148763965,0);
CREATE TABLE scopes (
    tenant_id         TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    display_name      TEXT    NOT NULL,
    description       TEXT    NOT NULL DEFAULT '',
    claims            TEXT    NOT NULL DEFAULT '[]',
    requires_consent  INTEGER NOT NULL DEFAULT 1,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL, registrable INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO scopes VALUES('default','openid','Sign you in','Confirm who you are to the application.','["sub"]',0,1796148752048,1796148752048,0);
INSERT INTO scopes VALUES('default','profile','Your profile','Your name, username, picture and other basic profile details.','["name","family_name","given_name","middle_name","nickname","preferred_username","profile","picture","website","gender","birthdate","zoneinfo","locale","updated_at"]',1,1796148753011,1796148753011,0);
INSERT INTO scopes VALUES('default','email','Your email address','Your email address and whether it has been verified.','["email","email_verified"]',1,1796148753012,1796148753012,0);
INSERT INTO scopes VALUES('default','address','Your postal address','Your postal address.','["address"]',1,1796148753012,1796148753012,0);
INSERT INTO scopes VALUES('default','phone','Your phone number','Your phone number and whether it has been verified.','["phone_number","phone_number_verified"]',1,1796148753012,1796148753012,0);
INSERT INTO scopes VALUES('default','offline_access','Stay connected','Let the application keep access while you are away, until you revoke it.','[]',1,1796148753012,1796148753012,0);
INSERT INTO scopes VALUES('default','api.read','Read the API','Reads the fixture API','[]',1,1796148760477,1796148760477,0);
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
, security_stamp TEXT NOT NULL DEFAULT '', redirect_uri_in_request INTEGER NOT NULL DEFAULT 0 CHECK (redirect_uri_in_request IN (0, 1))) STRICT;
INSERT INTO authorization_codes VALUES(X'dfe6f21929f6b38e072d26294c34387b09f0f3acd0809a9f154eb5ce8e529ef6','default','web-client','01a232cf-1d3d-774c-8df4-dd2c22a6a758','http://127.0.0.1/callback','["openid","profile","email","offline_access"]','fixture','4MhUC6TJiQfVOByanSxnYTCy4RJpNnu7dXAoq536nqU','S256','0SHBY72eyXCmefeW2DzSaw',1796148801440,1796148801752,1796149401752,1796148801789,'41B896209B18CAD34186B2C363B51A8F',1);
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
, security_stamp TEXT NOT NULL DEFAULT '', parent_id TEXT) STRICT;
INSERT INTO refresh_tokens VALUES(X'913ce6defb83f4b125b7e645c94a8c56541044f0063361b9f022bdd07040bfec','01a232cf-b122-7083-b31f-ccd3d703fd5a','19f2e6df-f629-8eb3-072d-26294c34387b','default','web-client','01a232cf-1d3d-774c-8df4-dd2c22a6a758','["openid","profile","email","offline_access"]','0SHBY72eyXCmefeW2DzSaw',1796148801440,1796148801817,1827684801440,NULL,NULL,'41B896209B18CAD34186B2C363B51A8F',NULL);
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
INSERT INTO consents VALUES('default','01a232cf-1d3d-774c-8df4-dd2c22a6a758','web-client','["email","offline_access","openid","profile"]',1796148801731,1796148801731);
CREATE TABLE data_protection_keys (
    tenant_id      TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    encrypted_xml  BLOB    NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO data_protection_keys VALUES('default','key-92ba2995-57d7-4359-ad27-49d3e229f8de',X'0f8048b8ed9d5f2c5d86280c4b8b9f783ff4ca0793a02d9bb9621d574eaea79ff3a7cbad6c415f18f8efbb21168406228ed7f7b4784b4cb8a2f25c6c39acf2afe4cd97090d7d98dc17d94a0ec62cbe792612e4f0dbcc523b95ce240c8cac0b6b6e96be965996a932d801bbbb47c63e2145598da2ef5c0d69dc277643128f60f541049e26111e45dd7251ba12bca11abdc7bde55b1d9d600f69e1708728747c08d006c99f3e30a5e24e9f85c7e8a83ef4ef320c6b3de6e8add3fc6ed5a196e678ae0192fd1d94ee84b17d1bdf8111e1b2ad89981a63e1c89a1d12f7f8b6958c9d6688ce9bd773bb65b5934ac4b180ad9160f25352374b4f3de3a36d2df45659c9dc3ce0bae7ee8e04a5410fadca1ffe54488690b30f9d3b2205fc9d474d2f077497d6c94bf08b1c5e1b419022d2972ad770fc28831fb9e2bb0707d8cd11c478e25f47b4aa34d85f5ce0dc9d161aec76778cacf24420f5da97f95827345239c0c5a82f0bf092914c8e66110fc128e1e0e078b97076a90b159277ee91525e6820c492a2cbe4f19693ea73a8895f047c97beae08d259427f3f59cfae176ca7fa5cf4a6e972efc349fc4a6b0ff28519d34b7bc6c591ea74134d7857e1539e4c076f116e454f3337a82ae7b16be3b1c6716f17ad852fdacff7fad4ba7de25351442d72bf040d138253797d0e9c4bb98caee6eaf5ef3e7d80f0a48c006f8956b89d252ae864ab1369de3d3acd0b63cf19df9f9a2b8e13d5b90e5dbde0cc20c1ba35a4999fed87e7ef1333702450b34efdd72c9655d198153db1b9a93854e619a2cd7e933907f8b83b98633e3b69641013098ad13c87f6211cd3c91f12c264e37dca344f8cdba5a491cf216b0c23485d2cdf5426e736e45d7073b4a6842b1c1b0e61b526414efc34d62e4afb6306103a6dfcc7ce1b5896462cff587cfc3566ba96b1fac2cfd8a6fa9c084de8a923303ee9234b2f40e1235ef63ffc344b556ed0fec277e940de894fb8a4a67af12fb704db8488d0fec638a3afe15007bdb7e692baec6c4dce1478ab5d2dae0572028b3157cb2621fe7888d34347321efcd18afccd2cb89e29f52c274653018f6a01044d52c0485c41f640456ecd1b187e6258af281d18414c0eed13037030c21f41909688c677ce8565dac648f357b974010dc4626c99d70d9d9dd420b736b017a854d0ff69f0a57560a0efd31ff79b767bffa543845333b584bfcece06bb70772d8afb7a01bf998ec48c6f3d67af559343e1cf8246dab114505c6a078cc34c0b2253fe7ef9d43549a61d',1796148800778);
CREATE TABLE settings (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key         TEXT    NOT NULL,
    value       TEXT    NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, key)
) STRICT;
INSERT INTO settings VALUES('default','site_name','Upgrade Fixture',1796148758603);
INSERT INTO settings VALUES('default','op_policy_uri','',1796148753118);
INSERT INTO settings VALUES('default','op_tos_uri','',1796148753119);
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
    consumed_at       INTEGER, security_stamp TEXT,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO device_codes VALUES(X'ba76ea1e7ab2ba77eee41e4f8b86990b5e4a2caf77897176e3c69dd9d091586f','default',X'905330b38f9e4388d9a9e7e9c7b9c755191bce4be38566655def87396482902f','device-client','["openid"]','pending',NULL,NULL,1796148801864,1796152401864,NULL,NULL,NULL);
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
INSERT INTO registration_tokens VALUES('01a232cf-7437-7e32-972d-1f73b01bd9a8','default',X'6edfb0224494c4136a641de72dec772a32ef847d5b74572a54a6b33d6ec4ae0c','initial_access',NULL,0,NULL,1796148786231,1796148801880);
INSERT INTO registration_tokens VALUES('01a232cf-b172-7735-ae2e-acc988c51e2f','default',X'cca33e6fccd3c2395d8b533592fe7b938db6feefe9317fd02a83a18245e762b4','registration_access','K353qFrvv0GDkHIkT0iG1A',0,NULL,1796148801906,NULL);
CREATE TABLE cleanup_lease (
    name        TEXT    PRIMARY KEY,
    holder      TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;
INSERT INTO cleanup_lease VALUES('expired-data','',0);
CREATE TABLE refresh_token_families (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id          TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER,
    PRIMARY KEY (tenant_id, id)
) STRICT;
CREATE TABLE email_tokens (
    id          TEXT    PRIMARY KEY,
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     TEXT    NOT NULL CHECK (purpose IN ('verify', 'reset')),
    token_hash  BLOB    NOT NULL,
    email       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
) STRICT;
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
CREATE INDEX ix_refresh_token_families_expires_at ON refresh_token_families (expires_at);
CREATE INDEX ix_refresh_tokens_parent ON refresh_tokens (tenant_id, parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (tenant_id, user_id);
CREATE UNIQUE INDEX ux_email_tokens_token_hash ON email_tokens (token_hash);
CREATE INDEX ix_email_tokens_user ON email_tokens (tenant_id, user_id, purpose);
CREATE INDEX ix_email_tokens_expires_at ON email_tokens (expires_at);
COMMIT;

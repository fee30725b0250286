PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE acme_schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at INTEGER NOT NULL, checksum TEXT);
INSERT INTO acme_schema_migrations VALUES(1,'initial',1796127086535,'eae3601ac5a1af1c05b5918658b837a7ffc4e04b1e38bd2f9a007e81ec013fa7');
INSERT INTO acme_schema_migrations VALUES(2,'oauth_core',1796127086545,'ac03ec0891bc87809498236708c6630e988c7d1569b8e687b3f7da65bbb4dc94');
INSERT INTO acme_schema_migrations VALUES(3,'users',1796127086548,'f3904d7f4912891345d8c330946809e179ab4af8c500a415bfb9c6ef377660bd');
INSERT INTO acme_schema_migrations VALUES(4,'scopes',1796127086549,'9f7384c91d6742235a9e0c0ae2d955c95799f7b21ef3ea503f4cf4aec634aa27');
INSERT INTO acme_schema_migrations VALUES(5,'authorization',1796127086549,'f86934e6e560c2acb6e28d09e3e2884c1f1f7d7a2a8bcf664f78a7feb8f46be8');
INSERT INTO acme_schema_migrations VALUES(6,'data_protection_keys',1796127086550,'bc3ea719662f0a1ad4b792dd0ffdda05d2eb2190cb6795b933c8eab5e94bb041');
INSERT INTO acme_schema_migrations VALUES(7,'settings',1796127086550,'881090a1878e00341e3c919c969003ab78c6d9d6a3e9b83dc7b048b4439fa670');
INSERT INTO acme_schema_migrations VALUES(8,'device_codes',1796127086550,'1bf33007166cbb42f81f3902c2f121e24defcaea6e8dca9306bacada397211bb');
INSERT INTO acme_schema_migrations VALUES(9,'registration',1796127086552,'eadf298da23ef25db4f8d6bc372264c91a0552d61516dc6b3def215d968af3ba');
INSERT INTO acme_schema_migrations VALUES(10,'cleanup',1796127086553,'0881ad1f9bc603da0e1760267f614edbe778d3a09f5c62b8f27cbbbbef9d9b4e');
INSERT INTO acme_schema_migrations VALUES(11,'migration_checksums',1796127086554,'b628b70c20e4de115bb8ac572af3df5a9eaed5b26a3af41cd7b26b19e0cb57b3');
CREATE TABLE acme_tenants (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
INSERT INTO acme_tenants VALUES('default','Default',1796127086000);
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
INSERT INTO acme_clients VALUES('default','basic-client','Basic','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796127090297,1796127090297,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','post-client','Post','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_post',0,1796127091003,1796127091003,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','reference-client','Reference','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796127092028,1796127092028,'reference',86400,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','web-client','Web','confidential','["http://127.0.0.1/callback"]','[]','["authorization_code","refresh_token"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796127093014,1796127093014,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','device-client','Device','public','[]','[]','["urn:ietf:params:oauth:grant-type:device_code"]','["openid","profile"]','none',0,1796127095173,1796127095173,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO acme_clients VALUES('default','i8Kjb1Kuw-lIbuoddZYc2w','Registered','confidential','["https://registered.example/cb"]','[]','["authorization_code"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796127101350,1796127101350,'jwt',NULL,NULL,'[]',NULL,NULL,'registration',NULL);
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
INSERT INTO acme_signing_keys VALUES('default','7ntucxd59MLqAZcP','ES256','{"kty":"EC","crv":"P-256","x":"FsOE0fVKCadzukFW99Vem-DtMGWFYOyEdnp9_7o221M","y":"QaXim_sLHL9f8y901AzkKzErsfUf7vwB606H3izh0GM","kid":"7ntucxd59MLqAZcP","alg":"ES256","use":"sig"}',X'fbca93574577299160d69c6e2df9a09dd91bda0e67891b1c488183fd18f954918eb7854decf3aee7a2e5b795c71dddd45ff7b6284688f2c6f113f92ed15f2f67dbc381c4e86ea4bd0f8bb2a9fe29ee9b845622a8d0fb63894eea5ab84cbb8e91764e3a7fae8fd650905d87aa715430626ed76e588da982cb26495864ef367a7b5e1201fa30ac79353ec649ae74fe62b83540b57a12a68deb4c0088073e0499c936cb117b31f4',1796127089489,1796127089489,1796127698226,1796214098226);
INSERT INTO acme_signing_keys VALUES('default','ZH2GcLOhoQRN0Jvw','RS256','{"kty":"RSA","n":"w3ay5F_IL16J3fNcO7Ememwfvst_87pxvFdEEyY7AampquQC8XIcfQwWid-Uq_Dqrqd2nCbt_ur2hoZQG0SjrJzVj6WL-dNTCWkOZBsBVaQVn39MOIALmFrYcfPkAYh0pV9FAcXDZFmhS47hommnAWRFxbp0eedfzNaNEnUr6wSn1GGX1T5XlinD3wuY1LNhAu4vaKYky7kcaIkllEn3V5syRlc2lxKNvSCozuUSfiruFMsKAA9dZy9QUcG_IsVJPuv5knQHXaRY4GmacjR1FKKqIuXX1RRsPShFUxHYy8Xl4HZntYjLcfi3m0oBDdnuJIbb2qK38QfeO95Mp9QQAQ","e":"AQAB","kid":"ZH2GcLOhoQRN0Jvw","alg":"RS256","use":"sig"}',X'e0df964960251f8a4fe66f61afbbf22524a81edc0846977b3ca0fefe52f1dadb5f18dde9e3aca59cb97288c8053a615dca7be1cb3c1420534ecd986799330e9eab90f73d7d9302b1d06572baeabed847b824eae8057087ce115aaefc64daca8f670923b5afcfc8ac192db1b5c0780f207650ade37b734a010c161b1d5413bccf3a12748c299acb45fa2d2ab5b3f822688998d03b6a3269b573df709cf433ad737d7b4a0d50a7b564a4a89285795794a0426c6cb260da7ea860d7a933a16f1374d2cdb92c31b36d6fa088f492b99849f74563921b7163f6799a8300173a18a9024617b5d61e69dd250c33cde559895f74adee292a9725a9f312213e1a01a7e41da5da3edb69368b01088671de7ffcc9ac0489b305b89c554fb09189c9494ecb9c98a34c5deaa68a4b5a7318e03e2e16a9e405d79f97f8ecb2636d929f7502d2ad797c115b346aac7a8826f7b63159172c7daf3d9761ecb453b316f7c1a26bf0b290f3a156b7f91fc541e4dd2774b8d8c34092a6f0d4de0fc9f8207a335fe30430dff618cf4047ba9ea0ea8920d4235753282b1e3fe9a322ccfe81f5e1e572beef8b99184d6bc4a1e5bb773b58b84cba7321221e52fc9113df90ca4ebf598ee4e350f0185bff68d14d961c5177970b91dc7b95b69e95ff58521293519ea5cd183ab76bcb25ed91801041c75dbb478d4fad9e5ec3f587e617b17ec644aacff53f2d53f63fc98c8a48e9637808cda3be53fc9aab44ef8945fc0aa8a34c20773183ef40ff605ca842f61cba1393205d8ede3ec5a642069971c018bdbd9625662e8a286e1be943afbd04ccc31002ede4793cc626e560887da631f21535dfb7a65a2eb86e61898003df99da7d98d1140c490d34673dd5f537b827348023949a66407436d9e17cb909109dbca87ad865b66194b7028e967ea421f1d55e2d232e9506ca76ca9ede9f17886495ecc738e359298b17044f33bfbb199b0597919926130982ad839368e8f8e4390e2b2f43aa6895ad9276debc2cef9ae40a385c80035b1b01baf8b48770781702faabded392ccbe9d942e8d514aee3860896add7034c2b5ca05fa65221ebd93d32b70b6718deb3456746e3899dc0b5232f38913c970eceb6389f3ad923ca3de804803ab1143d4bff72b9696c6a1841f3a05e99d943d09073ca50b11294936cc80f351f33e41649e5ee885786cee4f20213923f3134cee65b73c9bbdb4b792dd182d1c091c220953bf2fc84b6f604ed5f2aa91d00d94c8f091a840819738c68622c8a2ae0e194f14ab41daca4564bc7a9fcb73619f8b2f5fedd4c9467da7e93d3f6563b1cf7bb41c89d0133154e35034b3a2cf583418ae49b9be1ee09903de541dac6829f0e59344c359b8bb6a8cf90d8e41d0b2225deba7e8beb4db97cd639dde97e19b63ecd3a3674812924b6b0f3c873bce65e007c81e2ce6f5d9be17edadc5c2bb52fe558cae54706c8491adb676f563f5e1cb928a026a244700f05831563318ccdf7d9d32f3bbb65db9ef125d33123eab779dc7da1baac4722c2004052d36e8c4d61cb6ba3860288b521d414086c6b8327c3983d9393421eaf9b00556966ce38a341b1ec00c964e2831af7deaacb1f469e4ee6038d0b53929fc25b99d4a34f125ba305649c7e6e7e8e7e070ae6cae0eb726148f8a4bd23f972556419cbab48ea5c16db3ab80f8239113e429a2aa24adef2814b573cc8279a4ddb4b11ef8f375649c1c5d9c1a0191334b97d0f562ed29e77a35f7c6fd',1796127089489,1796127089489,1796127698245,1796214098245);
INSERT INTO acme_signing_keys VALUES('default','aqS8kItGMWWtvjoL','ES256','{"kty":"EC","crv":"P-256","x":"tMJljHraUOZcd2TgjjAq5Zn2e89j6QOk1wzCvrlAptY","y":"VXLzsTXxIV2PgA5qp8cDxmg4BjWTDfiqo-4ReSfpBWA","kid":"aqS8kItGMWWtvjoL","alg":"ES256","use":"sig"}',X'2b3dcb4c37c07bb5ca28d568537f8409fb19d035d6c36a5642bb312c1a55d044842f9b0b852510233e496cc2c909d4297cd85d228fb620afe846d664d718b7b4645426ecb4a1655ae36b11cb6d1cd1206ab88fb54c405a57984465fec435b21b2299fba103195c755b5be456fbd211bf91adadc560f169876bd4e45844e2bcb6a68abfd15c17cd39f3d2c0c10e115ff7b6f4e9efa7344d065ba00b1a71ddbe0cbb242cb8bba0',1796127098226,1796127698226,NULL,NULL);
INSERT INTO acme_signing_keys VALUES('default','L3MWJwzPqfGvMNtN','RS256','{"kty":"RSA","n":"lISB0NbTbcKOLu-9Shhs3y1oadrsdpBYMIf2hgEFQEa-HbHMGP5F8bjDXIjClXxYMN1ASZtRLjzoot-55tpRtIJ6XQkfB4gwF2gd0GtF2tGVDuS4k44Ws6KEgW23kL5w1ifREVsUa_k0r_KyZcw6o15w61VfbpnVWzxzt__8rqKwo33qD8c6W3KcZZ_vdf5z4hsF4nUa__YDnvPKu7FDTGvZdIiK_9eTbaptjBaNSPaP6oYT5JPQ4yDnlKEFhxKFzEPbFxUGR07JYlL1jMrY8g3rx7NIhhLUY7GphupeXSIgTyNzlKH0ht56qzIxtlHvsB7pvBhz97RkRN_IQba23Q","e":"AQAB","kid":"L3MWJwzPqfGvMNtN","alg":"RS256","use":"sig"}',X'b3e758a409e0c411beab74fe50b370b25352f50c6273f5f902349fad3df6dcae9b0f4d3e5ad16083fc2c92ca0771fa8cf42afabc73e80290ca8faffadd7abda7bf5e09adae2f888d880e57b25988df053f9df7ca19d6478af5c83ea4a3b19c0fdeaa2017cfae678210c7e238ceae1ccbc314362ef5eae4ac7ffa5e2cbbb2736a1c02d9d8e922ea9bf5c44ce28b85ff678fade9e40549206e97ddeaaa090ba43c882cf4fbd26e9645fe1d3fb776c342fe473bbeab0a9c1cd5a22c1666c31d35b7d3fb853eaef9d2180580d3f5e3e504bd0ad6e16983afa065aa8d5cee95c77578755f23d0e3af3f2895ee9d093f0b9165edf9f0161ed4158fdfacfa55c7bf8f9972eabf45139cd0ca2d4827b25c58ed80cef93713cca203a570339fd017d66f233aaf784061e91288a992c0ed8cc0e63fea52987c18ad1c3c6fbf0226d145b31dcdd92d9713a77b597d7a634d0d7221ef1744ff661b51c1569ebc21a2a9ceca71d8dd159a4d09f5b618f85a1ddec100c165c44af70c9938d4b6d9ea7e34348a1999f5115a133c76b0af7aa78d6b9afa2a64d1542c444ec0837b191ee14e56d941bd22c156cfd64f6eeede5c3d6715b041e7ce411f0b9e0d2e11002fa50a3fd064fd5cdecfe2427e61c085f284a64452e2ce7233d571dd35ad13340fef7f905ea0f0791680e1fd7d6f31676a336ebcbb71b5dfd9958f18f15feb8d0076046eaa16c5f78ba7e32fd42da1a07bee5c01c983742274ce0d8247bc69c33be119f79be0acf8d0c0e61fed6b284b8345fc9bed9c58586727bbca9400dbc889799eaf44b1827aaf3d86674c1f7910d4685cca670f30a88635cead8a907caa721ec2784d4c6b6084d0a4ec4046a25fb2bea06b7c72125343f0d19afc134d0eba7894269f81ac63495f42d086e563631bac66391d99035707564c51a52ec8abff69672ed9166e1e58c20840d73f0ecab364912202a07385bf590619b323e11d626974a20fd5024d8a30b1aaede110e20e5a89d596d0ad67571fb48f111c276c218460f0580cdd5a5f68f5ba942253d999345170820f48ae71ee22e64e485dc9811329b15d57e02bce63f20e99899a78513510b6947f1043eab0ae97b230e2118c323b293b94dfb91e17f0eeac5e2da9feaefea5227c7dc80d4b26458bc20da43f83df1d0623fd3f0641e7eda04f482d67649bf50969d88b9f16cbccdbbe8aba0d9ac9094201887314d150a4a374bbc0c2dedcaa06faeb90d2e6792473e4ac15f014bf21761ba86a1eda26d323de515f350c97a301b372f6183a430cb2f890933387182c80d4ebef610feba94d54950e76b6945a3d9525d46aa0d4bdc69b019651052c89a87c7e705f80a567e1d3e781f62a1055d00db34b0abcad8e0a0ed0afc4d5ddddc9ec3ab87a4f0d2c7e1fb3ba1c8c0b10ff71a1c145b3377b2193803fcc129850d69917fd0572280499611ae1cb8a5ba9e4fd4454135101bcb3ee14629e047a989e5ea687e34c9ea1f31e819c2e3ca7c5e9c623b36cb5d1bd76bb388af88cee87c34f1d28988b8de0fe273152dd6887bc0b90a13d47bf2a4e43334328087fdba59d8e59ccfa0efa3e668ba5120183606081777728cd20693362daca24d804221badf26c4f0f94d02f94daefe18c1f8ad04d2fa6350c6786986f434fb3e81c118f104e0f9b73f6d7fa74360e321aa5770ee6bcf28ecb749ec69453cb59cce2ca4654720d5ebf2e5e6c9ac9431c6926001446a37f489fedf0a5270c155aa012',1796127098245,1796127698245,NULL,NULL);
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
INSERT INTO acme_audit_logs VALUES('01a23184-8dfd-7135-89f6-dd09fc093889','default',1796127100413,'token_revoked','success','post-client',NULL,'127.0.0.1','{"jti":"XMX83kIA78qvAzbqj8njMg","format":"jwt"}');
INSERT INTO acme_audit_logs VALUES('01a23184-8dbe-716a-88c0-3f5c9c8addfa','default',1796127100350,'token_issued','success','basic-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"t2Qctt0_4ZnuKo8IciSxqw"}');
INSERT INTO acme_audit_logs VALUES('01a23184-8ddd-7013-a5c0-d354ca7c122e','default',1796127100381,'token_issued','success','post-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"XMX83kIA78qvAzbqj8njMg"}');
INSERT INTO acme_audit_logs VALUES('01a23184-8e08-780b-990a-b0f9cdfaec43','default',1796127100424,'token_issued','success','reference-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"reference","jti":"1aJt0ZjxR2MjZt_yUG2qLQ"}');
INSERT INTO acme_audit_logs VALUES('01a23184-8fea-7f64-8080-6719cd2b0494','default',1796127100906,'login','success',NULL,'01a23184-60e4-7ae1-a1f6-f9fdfb426867','127.0.0.1','{"method":"password","reason":null}');
INSERT INTO acme_audit_logs VALUES('01a23184-90af-7406-96af-e0463db7cc18','default',1796127101103,'consent_granted','success','web-client','01a23184-60e4-7ae1-a1f6-f9fdfb426867','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO acme_audit_logs VALUES('01a23184-90c6-742a-9fc4-d168c94af1bf','default',1796127101126,'authorization_code_issued','success','web-client','01a23184-60e4-7ae1-a1f6-f9fdfb426867','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO acme_audit_logs VALUES('01a23184-9178-743b-8d4f-7ea69adcbbe9','default',1796127101304,'device_authorization_requested','success','device-client',NULL,'127.0.0.1','{"scope":"openid"}');
INSERT INTO acme_audit_logs VALUES('01a23184-914f-7ccf-8f0e-9feb2e034d03','default',1796127101263,'token_issued','success','web-client','01a23184-60e4-7ae1-a1f6-f9fdfb426867','127.0.0.1','{"grant_type":"authorization_code","refresh_token":true,"id_token":true,"jti":"uNVwKrpXXWYkl1k5Z3epLg"}');
INSERT INTO acme_audit_logs VALUES('01a23184-91cc-739d-bd69-4e9557147aa9','default',1796127101388,'client_registered','success','i8Kjb1Kuw-lIbuoddZYc2w',NULL,'127.0.0.1','{"grant_types":["authorization_code"],"token_endpoint_auth_method":"client_secret_basic"}');
CREATE TABLE acme_client_secrets (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    secret_hash  BLOB    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES acme_clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO acme_client_secrets VALUES('01a23184-668d-7f38-9cd5-9888e0fc601e','default','basic-client',X'aea80538a88385d2ef69eedc5341fe6e6b22a15acb4d44c3ac25cedd87bdc8f4',1796127090297,NULL);
INSERT INTO acme_client_secrets VALUES('01a23184-6952-7037-9b44-172a7aa45675','default','post-client',X'c8c5adee8ed7b12ed757e03e2c1da727122b000e46aa4b424c9147ca252f833d',1796127091003,NULL);
INSERT INTO acme_client_secrets VALUES('01a23184-6d66-79c3-a834-da7c3ee7a109','default','reference-client',X'a07aa88396e98d72e442a3b34a596a59dab8f38f222e0ccd81fd76217c5b4d44',1796127092028,NULL);
INSERT INTO acme_client_secrets VALUES('01a23184-712f-7513-8ecb-3a7e71f1adc0','default','web-client',X'd135f4a3b980dc12ccddf60e83127357c1ad68c7c31064996afdd882474a4f1b',1796127093014,NULL);
INSERT INTO acme_client_secrets VALUES('01a23184-91c0-7716-9c14-2573aed7f1d8','default','i8Kjb1Kuw-lIbuoddZYc2w',X'665a6d69d31b128db91aed0b136b93b806860508c140f56d1a9331f44b065fe2',1796127101350,NULL);
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
INSERT INTO acme_reference_tokens VALUES(X'9e17f5ab0127556967ccb51d26435cd8a3f0bec66fb45f3200b434059eb8b4fa','default','reference-client','reference-client','["api.read"]','["http://127.0.0.1:49075"]','1aJt0ZjxR2MjZt_yUG2qLQ',1796127100000,1796213500000,NULL);
CREATE TABLE acme_revoked_tokens (
    tenant_id   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    jti         TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, jti)
) STRICT;
INSERT INTO acme_revoked_tokens VALUES('default','XMX83kIA78qvAzbqj8njMg','post-client',1796213500000,1796127100397);
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
INSERT INTO acme_users VALUES('01a23184-5aa5-7d5d-90ef-b957d71886bf','default','admin',NULL,0,'$argon2id$v=19$m=19456,t=2,p=1$XL3G6BAW9s+HrKBFzSr5nw$llxlTfFIefDCwmvD2zQlZ7/5L/aHjrHlq/gKaUJwxdI','admin',1,NULL,'{}','88602DD8113058F8AFAC26CA88A60425',0,NULL,1796127087269,1796127087269);
INSERT INTO acme_users VALUES('01a23184-60e4-7ae1-a1f6-f9fdfb426867','default','alice','alice@example.com',0,'$argon2id$v=19$m=19456,t=2,p=1$bP3T/H4RLowUo3dRV1rRdQ$UKYy/Z9M7//BOcdlQWSq9yR++1iiqLSAl3KLQMSCeD4','regular',1,NULL,'{}','A8740F7247DDC589967917375E166295',0,NULL,1796127088868,1796127088868);
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
INSERT INTO acme_scopes VALUES('default','openid','Sign you in','Confirm who you are to the application.','["sub"]',0,1796127087158,1796127087158);
INSERT INTO acme_scopes VALUES('default','profile','Your profile','Your name, username, picture and other basic profile details.','["name","family_name","given_name","middle_name","nickname","preferred_username","profile","picture","website","gender","birthdate","zoneinfo","locale","updated_at"]',1,1796127087195,1796127087195);
INSERT INTO acme_scopes VALUES('default','email','Your email address','Your email address and whether it has been verified.','["email","email_verified"]',1,1796127087198,1796127087198);
INSERT INTO acme_scopes VALUES('default','address','Your postal address','Your postal address.','["address"]',1,1796127087199,1796127087199);
INSERT INTO acme_scopes VALUES('default','phone','Your phone number','Your phone number and whether it has been verified.','["phone_number","phone_number_verified"]',1,1796127087199,1796127087199);
INSERT INTO acme_scopes VALUES('default','offline_access','Stay connected','Let the application keep access while you are away, until you revoke it.','[]',1,1796127087199,1796127087199);
INSERT INTO acme_scopes VALUES('default','api.read','Read the API','Reads the fixture API','[]',1,1796127088225,1796127088225);
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
INSERT INTO acme_authorization_codes VALUES(X'9346026870ea06d82bfbe08bda085b05b8d5702aba575d66249759396777a92e','default','web-client','01a23184-60e4-7ae1-a1f6-f9fdfb426867','http://127.0.0.1/callback','["openid","profile","email","offline_access"]','fixture','sAAENWwupyKfnXdzHRkn8nMc6uQNMjneXtMb4XuHsJE','S256','fmH2g0M_lZDZzb7uqPa2xQ',1796127100910,1796127101113,1796127701113,1796127101208);
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
INSERT INTO acme_refresh_tokens VALUES(X'e26f791317553c6017b9ebf535e7e08da68faedebca01820648ce52178699a03','01a23184-912f-7a43-be7c-da0d48abf9dd','68024693-ea70-d806-2bfb-e08bda085b05','default','web-client','01a23184-60e4-7ae1-a1f6-f9fdfb426867','["openid","profile","email","offline_access"]','fmH2g0M_lZDZzb7uqPa2xQ',1796127100910,1796127101231,1827663100910,NULL,NULL);
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
INSERT INTO acme_consents VALUES('default','01a23184-60e4-7ae1-a1f6-f9fdfb426867','web-client','["email","offline_access","openid","profile"]',1796127101100,1796127101100);
CREATE TABLE acme_data_protection_keys (
    tenant_id      TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    encrypted_xml  BLOB    NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO acme_data_protection_keys VALUES('default','key-ba798f0b-a90c-450f-b860-64ccb26f41d6',X'5319df73a8b7ee050b29557ca20caf424007a9e25ca313fad0fb21b27866fa2fcd2bf3a8931a0acdada19bae603e7f11c51b42a3e86e5d0d0b80cabd7f1037ad8854cb26ef1c4b5a0579dee3bc8c32301fc7764e6e51d742ba501b92da880c3e21ab33ca32241cb016249a45e61326885f69bfe808d4a6c82c7fe6bf8e20f0750638437eacd15eb6ce4bae5ae6b0140c691c5c0b720ca543d2bf2a951ee1ceba931774fed0601ea5513ba679d5ee550a6177b854070781cfb29dbfc5947920aa62c3d46119c50b09e42d80b53562de53ce26c054fba4cfa82c522c10f2c4a6d040d50bb319b422de83f935d8da66c876c69381b802a7d47396f8b239f35498e44138ebcb9b562ea9d7710af4efe67df515c92efd08cf658d797619b43d62758363196fbc9957b9b80230652a0b75aeaa0b42d564e73621914e2fd3f38065fe5d80f8fb2cd79f793afca31622e14194f9a7adf535f3cf0d0bafd261168c940dfcc6a422857e7d72590d695ed0f767a485f52a7091f9350fb27b79c6d8dee6a1c4e3db3ae70d13f15dda196ee451737762b55296517f4cc3bea8505e89d88c5d908de1e60d41c646db1cf9f601add8a86b3c141660bd467664d5774210225a6d2cd529054efa6d24c69fde7e773546b0eaff1b9f8c7992c4de9ceeb0aa0bbc7a0cdf41ae91068d0b112038955ed5f0c3876463f33ffa0b6a538dae6e4317ca6ec71c25523fd41149768d226b3ce63fbe3bed1c517b8c93c21b287b32d93bca4a5ca37f5a87d67b3f579f6782240a1439dad666e6c5284b266f6193fe807cccd655572f4eb0143b4e1da0b9b7ef692709f7ccbb8c43c16bf3135b87ca68baca7044ea620d08a92ee19a5fd90774e74e0b1c7c08f131dd7025a34256d2863c4ba8537e1a004a72a46622b67475e5d398eed50c2a64a702da16c610840b9ec934d44d2685e6fefebe465b563b024f08fe2f819fdd618df5d8877345e2db68cab6c4859fa985f4e0854474edec0438f19290bf72e3cd53db5a42c47cffd332175ea721298992ad0eb431c2324efc91be736b4743c306e673fec78a2cddf4203587ec2dd5be697319c6d1d22f78ad73935279284ba9aaeee261551e54f58fe3f8f541e9a0c242643f51871d467fafa541e83fc9ac659de29516ef5e285bbe86c8cec1efe5501d0c7d8f86036e1980800825f7b6f74417f291f0cde510afc72abdba265fd915c3514dc00ba5d75c45ab58ea3df13c031fa227c99e30aea3f19f42d63ba0d57ae7e3c3f48e404d1a2a938d56021b92b9cb',1796127099729);
CREATE TABLE acme_settings (
    tenant_id   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    key         TEXT    NOT NULL,
    value       TEXT    NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, key)
) STRICT;
INSERT INTO acme_settings VALUES('default','site_name','Upgrade Fixture',1796127087739);
INSERT INTO acme_settings VALUES('default','op_policy_uri','',1796127087204);
INSERT INTO acme_settings VALUES('default','op_tos_uri','',1796127087204);
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
INSERT INTO acme_device_codes VALUES(X'92decbe79024270165b3fc7a683cc6a5480b87e5e187746f5d7dd014908854da','default',X'6c695e73fbd9b482e31d3c0070ab108afa367a1b4442b54eb9f1a9cf13a6d2b2','device-client','["openid"]','pending',NULL,NULL,1796127101298,1796130701298,NULL,NULL);
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
INSERT INTO acme_registration_tokens VALUES('01a23184-8230-7a6d-87e9-e47a07684613','default',X'2269813265e3aa49e2b99d2e4bc6a58d050c54b41e8497ec8cda9b3683062c9c','initial_access',NULL,0,NULL,1796127097391,1796127101333);
INSERT INTO acme_registration_tokens VALUES('01a23184-91c9-745d-9583-fe0eaebf9594','default',X'3a84c4f45327c7c5e97ffacabcbb7cb4542418ea89b7e72d4a8d2ea14f853968','registration_access','i8Kjb1Kuw-lIbuoddZYc2w',0,NULL,1796127101385,NULL);
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

PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at INTEGER NOT NULL);
INSERT INTO schema_migrations VALUES(1,'initial',1796115610121);
INSERT INTO schema_migrations VALUES(2,'oauth_core',1796115610139);
INSERT INTO schema_migrations VALUES(3,'users',1796115610144);
INSERT INTO schema_migrations VALUES(4,'scopes',1796115610144);
INSERT INTO schema_migrations VALUES(5,'authorization',1796115610145);
INSERT INTO schema_migrations VALUES(6,'data_protection_keys',1796115610145);
INSERT INTO schema_migrations VALUES(7,'settings',1796115610145);
INSERT INTO schema_migrations VALUES(8,'device_codes',1796115610146);
INSERT INTO schema_migrations VALUES(9,'registration',1796115610146);
INSERT INTO schema_migrations VALUES(10,'cleanup',1796115610147);
CREATE TABLE tenants (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
INSERT INTO tenants VALUES('default','Default',1796115610000);
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
INSERT INTO clients VALUES('default','basic-client','Basic','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796115613360,1796115613360,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','post-client','Post','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_post',0,1796115614092,1796115614092,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','reference-client','Reference','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796115614904,1796115614904,'reference',86400,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','web-client','Web','confidential','["http://127.0.0.1/callback"]','[]','["authorization_code","refresh_token"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796115615554,1796115615554,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','device-client','Device','public','[]','[]','["urn:ietf:params:oauth:grant-type:device_code"]','["openid","profile"]','none',0,1796115616202,1796115616202,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','3Ui1VRvQkUv-EtDk0HmdXw','Registered','confidential','["https://registered.example/cb"]','[]','["authorization_code"]','[]','client_secret_basic',0,1796115620108,1796115620108,'jwt',NULL,NULL,'[]',NULL,NULL,'registration',NULL);
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
INSERT INTO signing_keys VALUES('default','Xr6hyncTFMe6YjGU','ES256','{"kty":"EC","crv":"P-256","x":"e16Wd7Kfk6ijCHObNIgXFTCmw4Gd-HfvNvaTpLws5oU","y":"58CU2ZZosrAEeBSTx5XvbCXJtIQ-80ttQ4QnR1pcyK4","kid":"Xr6hyncTFMe6YjGU","alg":"ES256","use":"sig"}',X'e1010177231ce7967ed2ccec22c528d006a2cd2bbd8edead019ee1f1c01a8859fc98e01fcda2251352fa047f18afd2491771e89b6cb73516417706812eab6119108dd987425a8533dfc917f42ab9b82e7a70c48988d55acff0ebaf2f1b02add5bddaef918ad114f2208a1e8d5c988c3dd8ff5546d438402584891a4c43a1a9b23c7493a888127b06189aa6071f1dd1ce19bf42b9fe42ed06dc5dc43e2654c1c13928aa9da9aa',1796115612969,1796115612969,1796116217450,1796202617450);
INSERT INTO signing_keys VALUES('default','dgmt14WAzlcRJwuJ','RS256','{"kty":"RSA","n":"oWUjCiAxEP7Rbqoarqb8YTuzuZSoMib-Edd9S9nK1ktlKuDZkOLpUwA9Zh6ZgKZ9yTxJM9mET6ucBHe_7nCfYI-6luo1Yv01NmqqsH7-bxmJH5seAWtWlIbVxaV3N01P-5kHFJlU80jVYEJsKuEPnXlgmdmAWhXC_2ruRCbNJqDKuP3L-fp2XUccPyaSGVYn6PMPY2i-P2sJ7oNaZodSQYQf6fHURsb6LDGFeSoPQqwfeauXV3Kj5FMDRwQjrewWyxpmnMGKCpRscWkKqa6vFJsiy2blnwuwwvNPJou2rV0wGF5GKHQkfZ4WGuMGIoA79-8EtXb2sUObYf5jfk-fWw","e":"AQAB","kid":"dgmt14WAzlcRJwuJ","alg":"RS256","use":"sig"}',X'a2903bff1aa8fa93dc546806cc777c1003c31c0dc67140c421804a89d189179b12aec13de024a1302e947752010758b420e600d2f65b84073b1995ed30ad03e8122da4a120300b6647ca3b4537012fcfbb7259d70c1f75e28dceff656e05c4dab7c8558c34381450960e893d55f9e6374247758f22b0d88fd35ffad1a7beb5b67cf8807fcf5d3548112602b5043c7d6b1cf753e3714634fafad0e79ec8c09e247a9b8c6efc11e1bc43a9cf315bc4dd0f1050c365f3164ed94f1c0f72653a41f9a7a5389d70fc3148e803cf99b6c5422147278ba628b6191ff45cd7ee92f97f32906733165ead79f745186c35feae153a952abf15942dc9c40432e9cbd6015646075ae752cba55f11821de4d2bfa714da029b76a0f14966d5f7cc0273d39e92af14ac63c30b9eb1e81f1b577f07bb04016cfdd68f23ddfbf46843d1200bdc9b45b8698081483ac103089c6eeae137b784304cca961ca930e72b81b05d0c04d63bcbaee4e2b9240983727c2c3e1016e080852969d2e9e958a0d402d11fd28b61a6c627266f5f24a43b1ca0fd12bf2ea57b8f37d2339d0b7306b4776cf093a2810425c3ba3231e6d22c1c9d3836d1081cff7c3611f412e6998fb882e120cb3a77e4062a2874ab0a858a6896f8eb907bf98935e284ef2b57e59e90f95409e0e157b89e66183f67edc07de2b8b27473fe1cbafe97ba065de069b0366dc04e8475981a2c637932882696954cb80cc2d5cba121161aa781f974f0c95fbde1fb81a9fd49700fdadad536ca3a1ae3840c2585403e4f4355c921bae7046a2a887fb8d1d7efc10c15a97b4bbd38b8afc028f990395a19735de120395cd62ce9a923b264aee47b271f12fe2ed344954ef867d387277a951774edc0147a2f0b71eb7051ff3e5c5a9893c1c261fba1a0516b3ebacb812bdcdfe4261de4e0706b525f6cab69b16d49eca88346c75fb31a1ea85e74e50cae84c173f4326e74dfea6b136702ff9d3713f682418e6c1bf64bc580dff0e6a6ea4ae68c6ab2ef1d527ee385eca604c537269df251dacb84da7c091351eb24d6e675712a4a3b0943cbcab4a3b444de9d397590174b35497710251b6e43ec716f28d267c3771fe85725f852718d30b1f2cc98c5d0e4900ea3a8f8372c3f39288d8c1dedc4c82cb188bb19e38b03a98372b414026bc81813082a2c0bbb99be67bae5ebe9593586ab48a7627cb8988ede1ef15e9c2957a5995140d0de7ff9fdf8f25d40f633eb0887ef0e1683d6fd5d23994cc6163389cf3b7a9d03d79e814cc2a4a0c997a248aa0cae0ca0f71ed9ce0309d74823983580a3399dff12b58e9c6067507c69610d8d3283e1e6a2943683d7f6149cad51304b0c577aee2de2fb1afd502d00588a0fd0d7bd32da534a4be2e043d713a6d873452c160506f1e7fe3d99be02bac8f991111f9c882b1783a798ff9ac005a6095bb743a9826da988657d6292da44c50528ecd9d2f55305a6f2ec2c8119900fd8d2ab726164b10baa8f27bda684f5c166a781aecf7f93011936f60fe5cd0ae3d3b2928404559b58632b0f5bd27f907097636831e8f9dd7f45ff4aca5f82b12095d5cf1e9db7779aa13e84e8eae53e402f5e6dbe8ce63a7715fb1853f1ba992ed4c30151b8630a36729c1cd7779861b32f4695e25b4458f3637ab46e830871fa7b7304ae2741df43e6add0ccc3031a034c20da9032a721c3060675dfb2c5e7d6d0fc8b6dbfa0c637b863941ab7e9932dedf32413fdeb97b1cfc4d0',1796115612969,1796115612969,1796116217484,1796202617484);
INSERT INTO signing_keys VALUES('default','Pb4kT0zC5Ps1KYBo','ES256','{"kty":"EC","crv":"P-256","x":"ZAMHsLu10a1Mh5V_zQNH3B3Hjzpjnu1iYm8TT4O-Qaw","y":"EVovuz6Tus8Te4WDCH2kSej9eHDRoYy_JE9YWFp7eXQ","kid":"Pb4kT0zC5Ps1KYBo","alg":"ES256","use":"sig"}',X'44c5dccbf656ae34f3c82aca00166843b950b53c6757992e57cc7d4a2029bbf6f17d3a41e4d7399f9abafcb801e69d40fefd6eb81a1f46a5b965a49d0978eb262b92c3d8a256c524a06a5824e055f0012d48ab1b6e3595cc12133da3e749882d5ce4a7106056f99cf1080770dc50fc4ffcf7cde8fe13588e827426c06089e1b1990190ae4d7f33066c653bdd60112974e3a881ae3a8d99e48abc3711a4a480666abb26795219',1796115617450,1796116217450,NULL,NULL);
INSERT INTO signing_keys VALUES('default','4a-xIl8TrQmZnw44','RS256','{"kty":"RSA","n":"v2oMCwtK6PhlobRUqJbaTRb9AJLVns2dWQu3pkh0A11-2fGaO3RWJA2C9PwGo4iXO_90XQs87yIPT_85qewuwfjWtD90pVMieqLPaqzVGD7kpoARLQBbKFYbZJHN_NX3cwaxWIt-ZsQoaaefp6V8x8BUDCsLrKT6mHbEk0zgYiQN82YGz_Swo53VwQHb3sCHwaJdUXBAINzOMfwD3nUUePWoYyvdfxP5AlIme4XhvCVelMpqqpS58-PlQ1xG_PeIWZzT49PJdB4rJX228uYi1OPs3C2Vqhn3EknXijA2nXemzfpeiVLMLSRFakI08NDGZOrsR0WQEFiNI8gcvl9Cew","e":"AQAB","kid":"4a-xIl8TrQmZnw44","alg":"RS256","use":"sig"}',X'd448232efec2b19ae75d73bc05a025ed3010b494febd807e53f30f05236925328db2f1304a6153818888f0b2dc3fd8033c087cb88956631563c7486337014299bb28ce04376218d31233a50eb2d684d3629bcf3d47a194c751187bea9e89c247cab02822b3e5af1bc5822c79efa3f79cc3a8c28945ccad0c17ccf922e76a20f1ed587c25b49864f41f8458e6aadcee17dc62e4c1f1466fd423e6c851608fd984db228db8b1f55217b59717113401bae4c7c500b94a675583c311d3c2c12c5717a2a230cb442736cf18e06388c89a4b654babecac7b37fc6fc24aad28d7e7e38314780c2d6f97d4238f66e27dc4644fbe545dec65f33439eacd047aacde93f0d5c16b19671c158c2a74d7cc9c6c57660bd8cb6fd708d4bc0fe85117cc5e3bc0b69a6fc6b34d19ac4df212b7a78247c84ea985d7a0415a55d2d2d3f041924f37a47e307ffe7d9dbc09ef08301389af96906374c73524835644ac7a0cdc66b29330347b700d0cdc6d7e5ca7105b0d509818d28ff1678cf11d5f3b1f9bf86f5e289a91aaa804a8608cb63f170bbb477baed8775782ef45e2a77736112a942251a7527ee60eb204ba3ef00ed2e945200c807cc34b6e19aee9f1fdf62bf22ba8befe702e6b98ae9b367e1e3294e2a1c0ba79912c7bbc8e90c2a9f593eb251635300dafe655c0668f0afedac4277f4547951f499cb585102091961e364a30308054d1b34eb1d86194b27e40e0abbb240028195a89df95830163a5b8a3957c2910a8f18541aa0baf482c504b4829ddf3df4621b21df43ef96736ca90012b7c81b03c08c547a209c0b1b94dea948b0738e1f26f408fe6a13b345d3159cc3db2193c811c992e59853fbdde58910efc3e2db251274a9c17f0a985da52971a9c32da8ee51ff3323c4371318285a5936946e093caf16cb69c86a67cd985c2699eb1e80bd659d2b2147f0f371038f7a057c811ca11f2ed2b39442ff5f0388be507919df47bf7de038b8bb89273635ad22cc03667234729cbac8cd54f4100983ee96964622fe4c3f84df5defb0a707270623c4ce2d95c9b93c29d033618eaeece5c56ac4fbc8a02b985eb8159ad53db3147ba6748ce15cc726203b99102f9d14f555d9acb5f35298c730e28d84df7a130dde28e64ae1d8471233f25eaaa262f59901ed64aa496929ed8195cbcfac650a5181467731412dc9f696113f056b9a91b6af4d2fb907975cbfde71bad7d8863c49f6ddfd077429b6383a431a9afcd664f4ccb8363bbd087b0ed0d5dcb91a2cfc8f45355a26c4d0e9348f264fdf85ce82b53345ddf8c022758cfcc07451e8d83b4936b96f1f10dae053bc75f27134e9731743178aeec862aafe70e7f8ead77ff37f0f2b585a38fc86a3dd68ae0a5ee28ce610ecdf40650061f15087acfece7fc8854fbccc1955f79df232f90da581f8f0c71fd345ee09c8f79dc398a82d0cf2dd28bb7f4995cf39fb4ece5bedcfd035de82e7c157a572d49ba6001000ed71df9b4afcc78c9067c9e469d1448aa10c645ec67406e918223a10978779056fbbe34f3b336b856add59cc214d01a1c816ed1dc52f6def7d5f43a59c09579832d1bc71716aab3af1fc812f251a708de8ac6b8f0973da6e6be5525f95fd6d831faa9212dcf21313bb791c1723ec27e2f38163e0dfd141f6a5378b417e43339fdbe406f80f61fe9d84635ea5d7e1bddfb82b6225918e50e2839c927eacb603004b83dfcaae90699027f9bfd2a9f660edf5c14e7dc0d2a56f2',1796115617484,1796116217484,NULL,NULL);
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
INSERT INTO audit_logs VALUES('01a230d5-5ed8-7174-b6fb-ffdda4402ff4','default',1796115619544,'token_revoked','success','post-client',NULL,'127.0.0.1','{"jti":"-TGW_VnFz_GwvJkzdkOY6Q","format":"jwt"}');
INSERT INTO audit_logs VALUES('01a230d5-5e9e-7f43-8d39-770caa9f99c9','default',1796115619486,'token_issued','success','basic-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"E1G1e2H0VvTk3e4hwI02zg"}');
INSERT INTO audit_logs VALUES('01a230d5-5ebe-73f3-b64e-18ab66d72b73','default',1796115619518,'token_issued','success','post-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"-TGW_VnFz_GwvJkzdkOY6Q"}');
INSERT INTO audit_logs VALUES('01a230d5-5ee4-7a32-906d-3f58518c3165','default',1796115619556,'token_issued','success','reference-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"reference","jti":"W-fOz8IdNZn2ENMouoYhdg"}');
INSERT INTO audit_logs VALUES('01a230d5-6065-7b97-a774-d26ae6dd07ad','default',1796115619941,'login','success',NULL,'01a230d5-428d-71fa-b892-8455764ffd4e','127.0.0.1','{"method":"password","reason":null}');
INSERT INTO audit_logs VALUES('01a230d5-60ca-7f35-b86a-f0eb2d98b6a4','default',1796115620042,'consent_granted','success','web-client','01a230d5-428d-71fa-b892-8455764ffd4e','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO audit_logs VALUES('01a230d5-60ce-783f-8658-b338ff6ebe54','default',1796115620046,'authorization_code_issued','success','web-client','01a230d5-428d-71fa-b892-8455764ffd4e','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO audit_logs VALUES('01a230d5-60f9-7301-ac87-d3be5a3c47c1','default',1796115620089,'device_authorization_requested','success','device-client',NULL,'127.0.0.1','{"scope":"openid"}');
INSERT INTO audit_logs VALUES('01a230d5-6117-79b6-a729-2eedfb2b7363','default',1796115620119,'client_registered','success','3Ui1VRvQkUv-EtDk0HmdXw',NULL,'127.0.0.1','{"grant_types":["authorization_code"],"token_endpoint_auth_method":"client_secret_basic"}');
INSERT INTO audit_logs VALUES('01a230d5-60ec-7dac-a0e4-33d6c7d9db8c','default',1796115620076,'token_issued','success','web-client','01a230d5-428d-71fa-b892-8455764ffd4e','127.0.0.1','{"grant_type":"authorization_code","refresh_token":true,"id_token":true,"jti":"rDk-_i9PfeWXIcoR0T_q0g"}');
CREATE TABLE client_secrets (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    secret_hash  BLOB    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO client_secrets VALUES('01a230d5-46bf-7d00-8276-f823956f19f7','default','basic-client',X'755193a45257a99192d69d1245a5a69e36f01dc22ce4fd2b3323c8bb9cd31f5c',1796115613360,NULL);
INSERT INTO client_secrets VALUES('01a230d5-49ab-7a1a-b969-ab5f1061ee74','default','post-client',X'6a79e632b6f1380469b1cef63ecc64b92576dedf38c343debef19ad38c2e50af',1796115614092,NULL);
INSERT INTO client_secrets VALUES('01a230d5-4cd4-78a4-a23a-63089e06c973','default','reference-client',X'380995be9c1f538937dbf4f34e538cc2c56834cadbabae77af4761e3421ba174',1796115614904,NULL);
INSERT INTO client_secrets VALUES('01a230d5-4f5c-70cd-8831-5574863986e2','default','web-client',X'80d5cd5c54e416a64105579158f2f965a435a686d58ed7959f52245d1c675c68',1796115615554,NULL);
INSERT INTO client_secrets VALUES('01a230d5-6111-78d9-8963-16165eaf5691','default','3Ui1VRvQkUv-EtDk0HmdXw',X'0fea1a5f7d05037c4f966d30bc05c604bef390fc06bde27d90c53c8c865a381f',1796115620108,NULL);
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
INSERT INTO reference_tokens VALUES(X'b85f935e2ce9c8525badd4f3e3cf90d7f1ed3bd3feb5e2015f4f007e241d4e17','default','reference-client','reference-client','["api.read"]','["http://127.0.0.1:50705"]','W-fOz8IdNZn2ENMouoYhdg',1796115619000,1796202019000,NULL);
CREATE TABLE revoked_tokens (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    jti         TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, jti)
) STRICT;
INSERT INTO revoked_tokens VALUES('default','-TGW_VnFz_GwvJkzdkOY6Q','post-client',1796202019000,1796115619530);
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
INSERT INTO users VALUES('01a230d5-3cd3-7e9d-9044-cf09b4543085','default','admin',NULL,0,'$argon2id$v=19$m=19456,t=2,p=1$Fsz_fo2FiHwF_13__AuvoA$oq8iw6l8g2wAZAA4nATxOXhhm0nXc3PHyjapj2C3d2Y','admin',1,NULL,'{}','043869A87E0782C3AABFA030AD9A48B1',0,NULL,1796115610835,1796115610835);
INSERT INTO users VALUES('01a230d5-428d-71fa-b892-8455764ffd4e','default','alice','alice@example.com',0,'$argon2id$v=19$m=19456,t=2,p=1$o1yiQSivH3xKnkrtVvDTwA$mujX71HkceCxn0YXY2zb7c6PYIoeGmefN8S7fB-QbAU','regular',1,NULL,'{}','B5AE9C551AC54545FD0B33B6FFD2D406',0,NULL,1796115612301,1796115612301);
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
INSERT INTO scopes VALUES('default','openid','Sign you in','Confirm who you are to the application.','["sub"]',0,1796115610768,1796115610768);
INSERT INTO scopes VALUES('default','profile','Your profile','Your name, username, picture and other basic profile details.','["name","family_name","given_name","middle_name","nickname","preferred_username","profile","picture","website","gender","birthdate","zoneinfo","locale","updated_at"]',1,1796115610814,1796115610814);
INSERT INTO scopes VALUES('default','email','Your email address','Your email address and whether it has been verified.','["email","email_verified"]',1,1796115610814,1796115610814);
INSERT INTO scopes VALUES('default','address','Your postal address','Your postal address.','["address"]',1,1796115610814,1796115610814);
INSERT INTO scopes VALUES('default','phone','Your phone number','Your phone number and whether it has been verified.','["phone_number","phone_number_verified"]',1,1796115610815,1796115610815);
INSERT INTO scopes VALUES('default','offline_access','Stay connected','Let the application keep access while you are away, until you revoke it.','[]',1,1796115610815,1796115610815);
INSERT INTO scopes VALUES('default','api.read','Read the API','Reads the fixture API','[]',1,1796115611837,1796115611837);
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
INSERT INTO authorization_codes VALUES(X'ed8607babc853a1169864b09b91a6348ac393efe2f4f7de59721ca11d13fead2','default','web-client','01a230d5-428d-71fa-b892-8455764ffd4e','http://127.0.0.1/callback','["openid","profile","email","offline_access"]','fixture','lohKyOBCeLRxB1LAYg-OYLchFZ9sHWpt8BAyOI2yoyQ','S256',NULL,1796115619945,1796115620044,1796116220044,1796115620063);
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
INSERT INTO refresh_tokens VALUES(X'de47ca7b175293811fa159c1543c89fe8bf21db462e8e9214b3052986ff53a48','01a230d5-60e5-7fbb-9c44-6a738ddc04b1','ba0786ed-85bc-113a-6986-4b09b91a6348','default','web-client','01a230d5-428d-71fa-b892-8455764ffd4e','["openid","profile","email","offline_access"]',NULL,1796115619945,1796115620069,1827651619945,NULL,NULL);
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
INSERT INTO consents VALUES('default','01a230d5-428d-71fa-b892-8455764ffd4e','web-client','["email","offline_access","openid","profile"]',1796115620040,1796115620040);
CREATE TABLE data_protection_keys (
    tenant_id      TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    encrypted_xml  BLOB    NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO data_protection_keys VALUES('default','key-c1bc411a-6285-4993-b1c9-627ee9758061',X'afe5525f894266d101176eec1da5c2f0db534aac7e5db53f9b139d7a9c903af77ee425c39b3218614f96bdefed4369d08d1d6d06070ebc01bc13f80915c01727416a0dee6a2b2e7a9191f4293c73c142e1b87eee397036290a76af86d799e85f0a12d7a0a938be38ee3c69c2b73f98c3bf07ee2714c83aa13afcd0a3a3580835536842fe3f3fbcfe0cb5c011d47a16dfcc9aff23fa2aa017f9bcc2dbf956c086486a78e19e2fe523810df2bdc8e3d103591b4113fd0eedd9f4f1a49855d271d683471de99bf0cf2ec6353eed9d573122f2596f3706a99b5fff10370651848d3324be986d00f9395744a1f96d99c183ad5a1c9087277f00bf7771b64e86abcd47b68265a4d245e7db5babea7adc5206d64b504ed1bb6ea16b05f78cc93a2e56b6b755da48a7a099726b863b429a5ad7165355c82c28b424f6a3ef5d35ac032d5a56a8dbba2719b4aaecd65dd6c7184b3a47f0e6cf98eca34ac7a5a0cd73a1949bfabae203feeea0ac27f22b28d27cf94f6e2cc98dcb860d4f4d86dff580776ca53841b38cb02a4c5f4ea9d800ade9db964dccf0fb94da1e2e93ac9cc2b042e50481fa30bdace4c3edba2aa87e1a20818757a4fb25d52218d0abae844d6e3f3eeb31d612082c89fdc67c56de16feafde75be7a750e7a1ad3c5490b46a16fec222f6357f2e1994cdb81143ce0ca749f7d11b1672a34e034e8fc0c8ce5406d04f0e01df6835d7dece5c1905e12daab5aaee463db76207da6462f6e0fa7a7219c51c93785abd09cfc96e3f7389b9725ca47ce4478fdf0ae9e59b0ba22b58adddeba178ae2d4ea70564d85c1c50e26c9066bd173baad6f2a5fde6b8e40c2910f3e2c72a2c75be2e23db5bc3c9c666946201d0e71ac997eef0fe296813f9704adc2cb2a7e0f6cadff4c4f33451c472c3dc9d43a01f81d3993b0a85762e1a457fc5886a5a36ced375df49f352b52ba4637e99671e10b8efcb6d0f2bc57e01d24f73f6d67339beebf85011de91b312c1ef4d5d69a45d1aa4632cdaf2f16e66c26bba28677295d50cfdcf44289f9bb38c7ff492f73b98300402df8109d999847cb43bfa571d3cf26d2325a71dc0709178f9f1ccb7cbb4956e304b974b03f6ebc63a4071808c9870ffdb778b21b9710ccb0925536681b693405bb921cc8d64118d39b4f8ab7178a6c023d0ae739cfa48272e11ece39705a9a76d5c705c94e5fa2a909670331ab3f4d619254f0d4dfae0d36e3356bf9be62fa8c714ce25cd3e977acdb85cfa6a2848a2baa14d8d06e25944b7e8398611e097f',1796115618861);
CREATE TABLE settings (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key         TEXT    NOT NULL,
    value       TEXT    NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, key)
) STRICT;
INSERT INTO settings VALUES('default','site_name','Upgrade Fixture',1796115611351);
INSERT INTO settings VALUES('default','op_policy_uri','',1796115610822);
INSERT INTO settings VALUES('default','op_tos_uri','',1796115610822);
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
INSERT INTO device_codes VALUES(X'216257bbcc406e7a0995fcab426eb25a8f0354568aa8982f9a2ca1a0acf9e8d8','default',X'fe6988e3cb6104cb7071827b7fde8773049586124004107128257e6dc6073edb','device-client','["openid"]','pending',NULL,NULL,1796115620087,1796119220087,NULL,NULL);
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
INSERT INTO registration_tokens VALUES('01a230d5-541c-7850-b9a2-1b1deddf90f4','default',X'9b01871d8bff92e856527eb39fa9bd720ab2ddc6d13ee3352988e22a2b584a3e','initial_access',NULL,0,NULL,1796115616796,1796115620099);
INSERT INTO registration_tokens VALUES('01a230d5-6116-7837-afec-e6d4e9e1a8c8','default',X'a1fc3c2f62f3e09cec13ef2519d8a0e333aa14d7979d6a13257ed2b9c314157c','registration_access','3Ui1VRvQkUv-EtDk0HmdXw',0,NULL,1796115620118,NULL);
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

PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at INTEGER NOT NULL, checksum TEXT);
INSERT INTO schema_migrations VALUES(1,'initial',1796123310506,'eae3601ac5a1af1c05b5918658b837a7ffc4e04b1e38bd2f9a007e81ec013fa7');
INSERT INTO schema_migrations VALUES(2,'oauth_core',1796123310518,'ac03ec0891bc87809498236708c6630e988c7d1569b8e687b3f7da65bbb4dc94');
INSERT INTO schema_migrations VALUES(3,'users',1796123310521,'f3904d7f4912891345d8c330946809e179ab4af8c500a415bfb9c6ef377660bd');
INSERT INTO schema_migrations VALUES(4,'scopes',1796123310522,'9f7384c91d6742235a9e0c0ae2d955c95799f7b21ef3ea503f4cf4aec634aa27');
INSERT INTO schema_migrations VALUES(5,'authorization',1796123310522,'f86934e6e560c2acb6e28d09e3e2884c1f1f7d7a2a8bcf664f78a7feb8f46be8');
INSERT INTO schema_migrations VALUES(6,'data_protection_keys',1796123310523,'bc3ea719662f0a1ad4b792dd0ffdda05d2eb2190cb6795b933c8eab5e94bb041');
INSERT INTO schema_migrations VALUES(7,'settings',1796123310523,'881090a1878e00341e3c919c969003ab78c6d9d6a3e9b83dc7b048b4439fa670');
INSERT INTO schema_migrations VALUES(8,'device_codes',1796123310524,'1bf33007166cbb42f81f3902c2f121e24defcaea6e8dca9306bacada397211bb');
INSERT INTO schema_migrations VALUES(9,'registration',1796123310524,'eadf298da23ef25db4f8d6bc372264c91a0552d61516dc6b3def215d968af3ba');
INSERT INTO schema_migrations VALUES(10,'cleanup',1796123310526,'0881ad1f9bc603da0e1760267f614edbe778d3a09f5c62b8f27cbbbbef9d9b4e');
INSERT INTO schema_migrations VALUES(11,'migration_checksums',1796123310526,'b628b70c20e4de115bb8ac572af3df5a9eaed5b26a3af41cd7b26b19e0cb57b3');
CREATE TABLE tenants (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
INSERT INTO tenants VALUES('default','Default',1796123310000);
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
INSERT INTO clients VALUES('default','basic-client','Basic','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796123313718,1796123313718,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','post-client','Post','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_post',0,1796123314300,1796123314300,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','reference-client','Reference','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796123314938,1796123314938,'reference',86400,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','web-client','Web','confidential','["http://127.0.0.1/callback"]','[]','["authorization_code","refresh_token"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796123315620,1796123315620,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','device-client','Device','public','[]','[]','["urn:ietf:params:oauth:grant-type:device_code"]','["openid","profile"]','none',0,1796123316418,1796123316418,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL);
INSERT INTO clients VALUES('default','KGBLzZ56Kyvzzfj5z_sl5g','Registered','confidential','["https://registered.example/cb"]','[]','["authorization_code"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796123320657,1796123320657,'jwt',NULL,NULL,'[]',NULL,NULL,'registration',NULL);
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
INSERT INTO signing_keys VALUES('default','xQkNL7K88I2xQkxG','ES256','{"kty":"EC","crv":"P-256","x":"4BWI47BBbJ-a_H-vxnhRxV0W4Wbkpyu1gqp0riHMO44","y":"UA0wBZ6897MMPverORzVbAYSWCRKWPLDh-X4k6nMvs4","kid":"xQkNL7K88I2xQkxG","alg":"ES256","use":"sig"}',X'4363a21c6225ff6bfdc26444be96680eae1e696715f45d484ee27ff6acc011077f3ee4eb22e5dce6c872d2cb7e736ffdd3fdc77701a372cebb32feef703af63d5feca0e4c3bb03bb3673ca9681978dcd2fbefec88f2c7f3dfabf56d74d1ba69c1720cb4623b9c13ec58869e8a905585a36a0386ae3245ac4716ca1536c374f0dd2deeb69a732a8c60f68d0944eb2981b20687dd2702faf352015f58ea39bead9dc810223f131',1796123313321,1796123313321,1796123917798,1796210317798);
INSERT INTO signing_keys VALUES('default','mu2GmlxasbcRewFJ','RS256','{"kty":"RSA","n":"nOJpwdQbnjXHg6vkjUsgNxrPyKLW6Hg7R_F8TNOmD90UVmbe8tOloT1tXkHK7kh-hSeXTIisR3InGD6K7h3boJRhK6-HLjac7tJQlTzU7DkmdF-F5aoWDkzn7jNhw7kxro-sL5T98pGp3Qz0ck1k3dp4LsNQtbLteLSLO2wXKyV1YD1SK8MGubB69abQ812WTUnyI8akH7s0kfTAFioeA-HFHXey8zHjcmuRXga2sF5IQmHSU8q6EqkT03tkHlkYmISwO-ggw9X6f3IfPc_zTGNQtyAdV8PSz0b6EXPUOjlZ1FE6M6bJXak8TJ9y4-W5w4XVMCxvua9eNRFUI-8rNw","e":"AQAB","kid":"mu2GmlxasbcRewFJ","alg":"RS256","use":"sig"}',X'669b1a63ac790ba3c9aae571df7cd58f8c153dc14e6f68cdb86af597783e5c7e6082f331e840463133227cb59db1a8fdc188cd908d87f5872fa905a72e38434398bdd6739d82f66948514f3dae6d27c30dcf1970de9ed902d9cd572ff85e050fa231670bcab6d994e5557dd10ad9b634883b0eb5bac92326e6c90ecbeab94999d529b665e56fc131567e491bda4a3139c64dff67aa0745829735d0a2afaba84be6cecdbaee286a0a193ebc215c720ebf8d6b4664ee992f412ace8d7ef0adb5551126817c80e97e01463ee8ba5e729b0a00c277f4713cf708300d08a20b09e86217c0cbf93b25a94b92e9d26d5e1b2fb8b2638869015635be0278000dc900bbc6df3924488bb1d67224647be591224977ac021fd9ca61ee8f2a729a216d08da2cfce87c532be03d2cc88eb24b513a6ecc8dc2ad6c38f90575040173e467a5596a148d1ad2942b071de81528bff50338b7c0057661b84e45041f71c467ed659b2d182026d8f01fca2c4acd238c05b127ffc43e3f8a6bc81f04cced62a1773fcfe22dabae5b9b8fe58fa0d6e8d1464a84f4792bb71be1173bdbfa3685599ef8aacc025d930c1d6cc119f95c33f35768ac9bb57c4d17cebf6441ae7439869dd615953956b2d961d75a501cfb5987ca3fa8afc40305271f5996daff9888b18e36a5a1d11c39d41d98193fc37519af816bfeb81829d3f51ce2f7860af2d840fc4a66ca7b8e04e4e32c3aaa6efeb819634b897a802f44a3e1007249092459c688bfbd4bc8c478f99ea1657e2f53dbe63e33ab665549dafc5960ce4e84bca329bcd6539deff5eb81ac52534bf130ff102830c47f9ba9ae157449dea1305f2732b223896be3115ce3f9898b2a3b0e88c82b4303d1f06a46bcccd25dc3535d1cecf73f615710a563fdc62d961cecf0a7bf5d3679421d375c8975f1ee36492213f8192a1ac35f6367faf1eae53b48b6cc816b3276ffe16b9105f2cedbb8364fde62fdb380a15c3766d8c5cbacbdfd58d091b512b351dc748fb3b536c7455dd84348bf45698a49360ecea345ab980a69cddf4615fc90d5d292b5448cf6b046115de34a5b5c944093948ca0fa5fe5e2d42b828f724711af7545fc9015f7ffa2ad5794de1919a553d486044d51eb5c1d96543fee6f9f4fc0c911f1d677219416e732e505eb1615195b2c3fc7aab69b1f0f6f13119c5d4afe9c8f43731332b234c117efde01a3d78c766e3471056844ab13e7545d53084010d8f82b0fe86117668eb0de33a9d9dd2bd2e5d0d70ecb6d9f54443506682aa4f5bf69aa4844593b220acb2549f839ea44b85151b76c5de7bf173eefe29ebfd95bf4c68dcc4a4be8500286ee3e1a9ae5424d5d3fb874aea6e3dc4aa6a7101e7bd06b2317078627ef3542e0dd19c27eacf0d3fdfeb637054d58ee4795c5f70da8c75cab5f9b5200362fcced6dddc8753794d0262a28cf4a92070748b49358f84d1fde65fa1c6c2807520ca5a09b6522d4c26c31bd6d0e75bb414b22092ddf8dfa323b622d469d47c7f1e732b77caf7c5c92ddb22b4f2ae0e3364bbe66168f21a897d41a4166b7897358a9acfa10812ec503943cee2b6635df7627ed7b536f6c9be0d3bc959161b89d32fffc8cfd94885fa4666263c2506886f184eef7ce6ca383e10318617ab99e4bad44512b707da7abaca348b47557bfbccc84c805438b368cafc8593a31b23198082d5d66e406aaba10b5d7052fc261e36e190ac8bd21226010fe47dfca03c8c67884a802bb',1796123313321,1796123313321,1796123917825,1796210317825);
INSERT INTO signing_keys VALUES('default','2Cvb4ak1ZrBMA-R_','ES256','{"kty":"EC","crv":"P-256","x":"57TwKsg3mAZzqQKgPOscjC0zXc8wML0Nu9Mnlka55yM","y":"KgFfNG5bRVlQh6yV0k3q8UviV7279Nx6xyFbHQ27fdM","kid":"2Cvb4ak1ZrBMA-R_","alg":"ES256","use":"sig"}',X'e1ae56edbc737bc5270c811c8c62a340d179ae2fe5d48667c5a8deff183de0945d08c2be129440695b3dcc36cb41278c0ca1eafe6526df7a32ccf89701be0e7a0dbdf3f92f3520dfcd4ff379afae902b70fc102e101a90719a5542d7f798dd83987ac1841c3eeb0698670462db6b2d39e89108a8dd9ff7c21c8c730c0b5da3aff89a80f180b46ac1014a18b6a9f501b115553886e542227a9acd547c010fdd2468e3f9d2bb92',1796123317798,1796123917798,NULL,NULL);
INSERT INTO signing_keys VALUES('default','YQLyeMSsHkn9OqMM','RS256','{"kty":"RSA","n":"xymVRJB8D60rmgHsF1XLbPEIKInwDKAW3U8DpYlE_IxsV1zsdHiCuZRkKr-HBwgTUjsxgw7HYqjZH5fzUDBLiUYpmIDv6YIaN7JrCu4JCIKrQ5uzX1N6kqcn-BQA6p0LLAWmSyLjqlY4K7cB6gdrXwVlsHny7UWK5qgy-eXTLfw9J0SA41wqufW54Lc5zr6IQgndQGVPceJpM19ZDj2IE_VJuwL1blHvLJnbYw209rxIO6iTrJZN3HcaO--i4kOupx7_-msn2x7TaRcdyqJQxj5aEiIXW1DU9pgUGNECXzn3c7Yy5KVsS6GJ1-h5965JHNJ67Xn45Y3ypF4owtnlHQ","e":"AQAB","kid":"YQLyeMSsHkn9OqMM","alg":"RS256","use":"sig"}',X'889a868f713e14027731e3dcb0de8ea990124643335b9e80d3ca7a2678897e2a7686a915c3208042c230ed09bffd7a363ebe94939546f3b7651c58be0024d813cccda4480bc9c844209e84653a441cca2ba4b7d9f1512c26a787a027429ee48117d8dd398ed2dc0340a3eecf751adf95f7437492cda7deebc54866b5c28c3d102354254674e6e35f2d56aa51e2ddaac0d99e36157abdb994c415b00394612676685f32fbe601bb54890809c904823d995207283beb90882a6b0784eead29732e243830f4f92670f520d31b3f408f59ad6c4675286df16bc1bdd014ae1cbe0e1430174fc876e8765e8f8ed091b10f0def87f5db2c4cdbdfb6b344f55f53b0438cc507955d0c88a7422a82dd3f4c1278c0db09ece069b8e6c920e61574babe9034192ba8e408310363d56e3d81433e6eaae5271d08ddc94ffc607bededf9baeca08b91f53f396eafef60722d6f2df74bbc910977e8d0023d97c94595f778a87d959fbb1e2ab3a12c7730ae69f79d0455a15f04848626c161edbe02ffe3c4684eab8271042e6881418a706cc3a7fa71f0a5cf9b87ffd1b6453a8cc16f6235231e5867591cdea84415e69e897b148c8e6083fc1f823184c1e7950ac00db29a02d427ccebd8c008a7d73ac33b70b5f721f7ed172756da11bac438a4ea71af8125c926839493eb3ab5c7ab9eca385a6bd64792c0b69ade228f9bec4d4748c0ccdbfad85fd68254e0a4881ce24da660b2d048157c1e0b34183fa0d1c3f4c332d3cf47b2db9a316494da209557962a9202a9ebaed1679079842082a8ec289843aad9314f9fd13f185d9641fa8ea26e5ddfb2a3326be1e3aa5c1f09d56de5da57c36bfea719b6d2c09bcaf77434d3643b0871129020b3ad12c248886bb4e33b9e48ad1ecdc16cc1cff8386665f51c337385784a50c9fac2fa45c4617d537a7ca0d8915c775e4dac85d681c98a472efe3915c08eec4ceefe0e9bf1d23623ff40b08597f70a4d0d8b489f2d3b2c32ef80bd088da7722ea75102bd5ed572fdcee7857a3286018c1845b867bfb874dc5fa3a920106b98873a3d0b5a368184a1ee5a6667ae0374e2643aee360f47849d48670a4688f616c2402dd4fc1b8af8c2f13af1f2dbe8bacc6adeab62f207b919c0e3e7c4648808d86ee33c3d9d62a71e75bc314e7a7fccaba6cb59c9d3c66c2b6b189511a0f79e8a4dd2989869ee5918e14b553ab2d46f7b4caab28758c33ddf6863774c54c6463ab56ebb5c9d1bb4731d903aba30388caae1697df6a48f453d607a0923343f9d2b620f79d6c1dde174da0299ae02d13d081dd17830017d7155aa477179efa05902cdf1522d8534956a29966f96cd3e4766de5bc61cb2f0168a66d2ce5bcc551c01812cec240bfd332b8b3010745b53d19e75174e4cef1f95e8f7466ecf35ca5b4a79c7927f8836eb70b1d8ceda765d78811766f06dce7d46dcdf98fd1d435d95c4d986f8ab53fdd36aa5c4fdb333b8cd92c02ece95e47d7c1c7d5ecbdff46ad5f5224008296f467df1da11d00f8d89bfe340b5c601fd2c30c9b3d79330e63fa0b191a2d175e5204627c32da69e7d7e5d16c69b4fb55c13742a7c3a977255e32de1bb2d563ba94095882258a824fb773b297b33d31f86b35cd2dd397c5629615378f18ab3a304b6af88c6e98694279ce6a8a13b199caa0d6fb51293e1e3675ffd33c7a71b74e9fa6d2411bf3d1649942136d180f9dab7bc1c307533e93f304b5feef9f13db4d7b0bf916812128c',1796123317825,1796123917825,NULL,NULL);
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
INSERT INTO audit_logs VALUES('01a2314a-df82-7a63-becb-73ce47babd2d','default',1796123320194,'token_revoked','success','post-client',NULL,'127.0.0.1','{"jti":"Ek3IaN3qTGPr7iEBLISosA","format":"jwt"}');
INSERT INTO audit_logs VALUES('01a2314a-df51-7f6d-baaa-2d27a7b8fb2a','default',1796123320145,'token_issued','success','basic-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"32va_qBqLmbuwwtZ74LVAg"}');
INSERT INTO audit_logs VALUES('01a2314a-df67-711f-a8ca-95cb96d56af6','default',1796123320167,'token_issued','success','post-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"Ek3IaN3qTGPr7iEBLISosA"}');
INSERT INTO audit_logs VALUES('01a2314a-df8b-7f42-9081-483d09ec8763','default',1796123320204,'token_issued','success','reference-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"reference","jti":"rNCaCF1xW8QotDU5h2_uow"}');
INSERT INTO audit_logs VALUES('01a2314a-e0a0-7db6-8016-7ff463873ce4','default',1796123320480,'login','success',NULL,'01a2314a-c25b-75a7-8701-a3146b7c9f1b','127.0.0.1','{"method":"password","reason":null}');
INSERT INTO audit_logs VALUES('01a2314a-e100-776a-a9f7-7714c8833b3d','default',1796123320576,'consent_granted','success','web-client','01a2314a-c25b-75a7-8701-a3146b7c9f1b','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO audit_logs VALUES('01a2314a-e104-7aac-b0ee-c2f9bfac3965','default',1796123320580,'authorization_code_issued','success','web-client','01a2314a-c25b-75a7-8701-a3146b7c9f1b','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO audit_logs VALUES('01a2314a-e138-78f4-9597-ebe913f4d836','default',1796123320632,'device_authorization_requested','success','device-client',NULL,'127.0.0.1','{"scope":"openid"}');
INSERT INTO audit_logs VALUES('01a2314a-e163-7e42-8e52-9f7cb35d9e0a','default',1796123320675,'client_registered','success','KGBLzZ56Kyvzzfj5z_sl5g',NULL,'127.0.0.1','{"grant_types":["authorization_code"],"token_endpoint_auth_method":"client_secret_basic"}');
INSERT INTO audit_logs VALUES('01a2314a-e129-7c8c-a6d6-160582507c0b','default',1796123320617,'token_issued','success','web-client','01a2314a-c25b-75a7-8701-a3146b7c9f1b','127.0.0.1','{"grant_type":"authorization_code","refresh_token":true,"id_token":true,"jti":"XAYWzCPYlsW1ZDj4Y8oV5A"}');
CREATE TABLE client_secrets (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    secret_hash  BLOB    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO client_secrets VALUES('01a2314a-c648-7ae1-a80c-0f3be4cb73c2','default','basic-client',X'3dec8a4eee7995d360407029421e0ab4a8b370bbf8c2082af609abd7797c6663',1796123313718,NULL);
INSERT INTO client_secrets VALUES('01a2314a-c896-75dd-b7d9-b4c75c30d0ea','default','post-client',X'072195d6384157e73b535684aca94de4ab23510801b298155efc68548b0e0ce8',1796123314300,NULL);
INSERT INTO client_secrets VALUES('01a2314a-cb13-7dc2-ab6a-467834e56e3b','default','reference-client',X'5558fc405ac9f2120acba2ce97adf7c835317292a044cbc96634059c593f37ee',1796123314938,NULL);
INSERT INTO client_secrets VALUES('01a2314a-cdbe-72d4-a852-dcf45e0bbc4a','default','web-client',X'c813238411506c91b0cdf04488e680a22867dfef1f95a8ccbd6f87a9e9589bba',1796123315620,NULL);
INSERT INTO client_secrets VALUES('01a2314a-e15b-7850-9ff1-6ecae251c5cf','default','KGBLzZ56Kyvzzfj5z_sl5g',X'3d56b383ffa41390fbb6771cd07100a329053eba5e2ca2789bf563f29d7cc0d1',1796123320657,NULL);
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
INSERT INTO reference_tokens VALUES(X'51c8f35f9099b1cac8b37f391faaee57f2231f397253d42020fdbf570d200d27','default','reference-client','reference-client','["api.read"]','["http://127.0.0.1:49823"]','rNCaCF1xW8QotDU5h2_uow',1796123320000,1796209720000,NULL);
CREATE TABLE revoked_tokens (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    jti         TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, jti)
) STRICT;
INSERT INTO revoked_tokens VALUES('default','Ek3IaN3qTGPr7iEBLISosA','post-client',1796209720000,1796123320176);
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
INSERT INTO users VALUES('01a2314a-bc59-79aa-89a8-005d61948960','default','admin',NULL,0,'$argon2id$v=19$m=19456,t=2,p=1$tgDCP4o2O2X/UmmBDQiYcw$o2gSvir5usTZkg99RWRqGwMGsNo2I/2HPrCioZDD6pc','admin',1,NULL,'{}','941A3D1F26A3B357287E56025365B7ED',0,NULL,1796123311193,1796123311193);
INSERT INTO users VALUES('01a2314a-c25b-75a7-8701-a3146b7c9f1b','default','alice','alice@example.com',0,'$argon2id$v=19$m=19456,t=2,p=1$dG851xOcVlhx4hgg/XpInQ$aazvLKuNKZ6Bf3a854iNQ6boFjXTm7b4FqQMgsPHils','regular',1,NULL,'{}','13E2AAE0E0FDA35F8D40D66473A70636',0,NULL,1796123312731,1796123312731);
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
INSERT INTO scopes VALUES('default','openid','Sign you in','Confirm who you are to the application.','["sub"]',0,1796123311087,1796123311087);
INSERT INTO scopes VALUES('default','profile','Your profile','Your name, username, picture and other basic profile details.','["name","family_name","given_name","middle_name","nickname","preferred_username","profile","picture","website","gender","birthdate","zoneinfo","locale","updated_at"]',1,1796123311132,1796123311132);
INSERT INTO scopes VALUES('default','email','Your email address','Your email address and whether it has been verified.','["email","email_verified"]',1,1796123311133,1796123311133);
INSERT INTO scopes VALUES('default','address','Your postal address','Your postal address.','["address"]',1,1796123311133,1796123311133);
INSERT INTO scopes VALUES('default','phone','Your phone number','Your phone number and whether it has been verified.','["phone_number","phone_number_verified"]',1,1796123311133,1796123311133);
INSERT INTO scopes VALUES('default','offline_access','Stay connected','Let the application keep access while you are away, until you revoke it.','[]',1,1796123311134,1796123311134);
INSERT INTO scopes VALUES('default','api.read','Read the API','Reads the fixture API','[]',1,1796123312197,1796123312197);
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
INSERT INTO authorization_codes VALUES(X'511bbce73d6d2c0ac6b7216474c458045c0616cc23d896c5b56438f863ca15e4','default','web-client','01a2314a-c25b-75a7-8701-a3146b7c9f1b','http://127.0.0.1/callback','["openid","profile","email","offline_access"]','fixture','FCMqtKZgNeOZXSxleuxVrNgvBST-gaROl9DfdZYQY5k','S256','xb0P0oQB8irOTaY697XG9Q',1796123320484,1796123320579,1796123920579,1796123320600);
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
INSERT INTO refresh_tokens VALUES(X'd3810c01772be3bd7485aed95bc99a60d6c2488a3c8aed75a6f00e49c03e2ce2','01a2314a-e120-72c8-8a1a-548ebf94ff12','e7bc1b51-6d3d-0a2c-c6b7-216474c45804','default','web-client','01a2314a-c25b-75a7-8701-a3146b7c9f1b','["openid","profile","email","offline_access"]','xb0P0oQB8irOTaY697XG9Q',1796123320484,1796123320608,1827659320484,NULL,NULL);
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
INSERT INTO consents VALUES('default','01a2314a-c25b-75a7-8701-a3146b7c9f1b','web-client','["email","offline_access","openid","profile"]',1796123320575,1796123320575);
CREATE TABLE data_protection_keys (
    tenant_id      TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    encrypted_xml  BLOB    NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO data_protection_keys VALUES('default','key-231bfa32-4daf-47cc-93e7-9bbbff5b4483',X'f66ee94dc04e7ca9c7135db2728bd35ed6c1bc54faff64a4a0a44638dc5b936cbc82dc25fe84d2ab3162a8b8aba577d3728e152e965dc07ca47f1121b9e0e018a5c25c7cbea673a9e6a48619f0437230ae0716e5af0610747108ed3e3ec387b7fca142bddbdfaa07b5eac2b0e2a2c87a2311c2cdd96f3bc2c45d41aeac0a7479c1ffc3caf516c3b5ff3cf156933c7c8eebadb2d1f6880f380eeb36d4d82d37a03258f77dd6aeafbe5078ec6fae7d347d941cb0c0271dca27d5cbb44f76a496e322ce37b661dad08d51fe5a164b2d716a191a51c6f9bf0025f5fbfebeb59a92a5c86461d4cf6199803fdd90f81ac6354b44d198d6657f5a129e0b5970761860a2ef25b972d1b4fb115ae981bb50cbfed9a67934125db78a98e68cc739e62d194f404d41e3b8a5a85f8b09a0b21688a0246fa0f87e494d28b53d38a4a9ef4d66cf60bd50002e4253e94846fa0995b0731eca0a26ef1dc376ad48598833b646d9682238f40400420bf8a709307ae0bdd7e1df9c68e1c8ae34bbd70a884e3ce97fd160ad9f3bb06baf0779418f5edb381c312275c9d7e9385c925488e6087906e9c157f4eb114fab96102ba33fb7d4a83edf369c2ae9e79c6e2eba71810c5459f0de84429f6d82b924f881f2fdaa3e07f293c8fc64a9a8e233051847565c0a97e82dba2330088eecbe0e766e1af5a072874fc56c40f4a3b6044af6b32558ea9d11c8eac1f572776d92a4d91be2d4004730f362dcf52d0727a10305366a9cb5aa1f839070719098ea629be30a284e762bf9f9f837475a6171d25c9f42f499822b436fa8844b24a4e7ebc4a8612ac91963aef75108ec675b44f196f91215e78e69253c5fb8c3359719733e7e115b314f6c515fd96bf9c3da22c6dce4b0215fad458d019a51dc56f331ffc996092720b91e2bf6571ec27f719361ee314394b7ab5bdae35c127e68b1e7771aafd1828edf123913619fd4256ba7c738bfedc31c2566ca7f4766a311f78812904c41b3e097dc1c0eb6a3a83723b93a91e786850009a6c4cd013868f67cac0dc1208102fd180bc5295295c2f7ce52ef2e05670ddb60f02234dfb7de2ba82daad703471ca8a6acf5c2f6fab99f3d2560fcfc19bdcb14b213ce5be269e333609788409e8d8c4a5930642f4417ed4bc6d1990ed5a820ef52d9b114d07f7842c4257cb2a42de86d3ed19365ad9bf2656c61e7772feb597e50e52a6e7be977e4a7541730942143c53fb903825f5f4047fee952342d621a3a7154f994544baf057db04b5af4e9caad5ea0450b46be',1796123319715);
CREATE TABLE settings (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key         TEXT    NOT NULL,
    value       TEXT    NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, key)
) STRICT;
INSERT INTO settings VALUES('default','site_name','Upgrade Fixture',1796123311725);
INSERT INTO settings VALUES('default','op_policy_uri','',1796123311138);
INSERT INTO settings VALUES('default','op_tos_uri','',1796123311139);
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
INSERT INTO device_codes VALUES(X'f414a81c2458c5f8b97dd5cdfd63be091f7729fe55740facd3e471e5c331cd27','default',X'120d483c6bee3619bb56caccc0dad02927ba6aa17db8577dbec1cac10849337d','device-client','["openid"]','pending',NULL,NULL,1796123320629,1796126920629,NULL,NULL);
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
INSERT INTO registration_tokens VALUES('01a2314a-d371-7ef5-a4f6-05810bf8d20a','default',X'1fa215cedcaf55af7cfcc3cbb3b4de2b337fe38083da00a995b48b434c6834ae','initial_access',NULL,0,NULL,1796123317105,1796123320644);
INSERT INTO registration_tokens VALUES('01a2314a-e161-7938-8d23-559876cd65c8','default',X'62753060100ede06fd10f21506163e34760b3d497401ad560f199de2cbb6f69b','registration_access','KGBLzZ56Kyvzzfj5z_sl5g',0,NULL,1796123320673,NULL);
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

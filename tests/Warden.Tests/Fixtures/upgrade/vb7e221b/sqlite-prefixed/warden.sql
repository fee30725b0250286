PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE acme_schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at INTEGER NOT NULL, checksum TEXT);
INSERT INTO acme_schema_migrations VALUES(1,'initial',1796148807155,'eae3601ac5a1af1c05b5918658b837a7ffc4e04b1e38bd2f9a007e81ec013fa7');
INSERT INTO acme_schema_migrations VALUES(2,'oauth_core',1796148807247,'ac03ec0891bc87809498236708c6630e988c7d1569b8e687b3f7da65bbb4dc94');
INSERT INTO acme_schema_migrations VALUES(3,'users',1796148807270,'f3904d7f4912891345d8c330946809e179ab4af8c500a415bfb9c6ef377660bd');
INSERT INTO acme_schema_migrations VALUES(4,'scopes',1796148807271,'9f7384c91d6742235a9e0c0ae2d955c95799f7b21ef3ea503f4cf4aec634aa27');
INSERT INTO acme_schema_migrations VALUES(5,'authorization',1796148807271,'f86934e6e560c2acb6e28d09e3e2884c1f1f7d7a2a8bcf664f78a7feb8f46be8');
INSERT INTO acme_schema_migrations VALUES(6,'data_protection_keys',1796148807272,'bc3ea719662f0a1ad4b792dd0ffdda05d2eb2190cb6795b933c8eab5e94bb041');
INSERT INTO acme_schema_migrations VALUES(7,'settings',1796148807272,'881090a1878e00341e3c919c969003ab78c6d9d6a3e9b83dc7b048b4439fa670');
INSERT INTO acme_schema_migrations VALUES(8,'device_codes',1796148807273,'1bf33007166cbb42f81f3902c2f121e24defcaea6e8dca9306bacada397211bb');
INSERT INTO acme_schema_migrations VALUES(9,'registration',1796148807285,'eadf298da23ef25db4f8d6bc372264c91a0552d61516dc6b3def215d968af3ba');
INSERT INTO acme_schema_migrations VALUES(10,'cleanup',1796148807287,'0881ad1f9bc603da0e1760267f614edbe778d3a09f5c62b8f27cbbbbef9d9b4e');
INSERT INTO acme_schema_migrations VALUES(11,'migration_checksums',1796148807288,'b628b70c20e4de115bb8ac572af3df5a9eaed5b26a3af41cd7b26b19e0cb57b3');
INSERT INTO acme_schema_migrations VALUES(12,'registrable_scopes',1796148807312,'e18987ee8ccdec7cbae34bc47e6e497ad5dfb9e6bf73c9bebf5ec20feacbb9aa');
INSERT INTO acme_schema_migrations VALUES(13,'security_stamps',1796148807313,'e21ee973fe9cb2c89d389f345cbb4a128da56364c128fc38fc8e71bba708b641');
INSERT INTO acme_schema_migrations VALUES(14,'refresh_token_families',1796148807367,'a248dffdf7f26eb11a055da92291e56c4864973bb145c9449ceacc7936996fa1');
INSERT INTO acme_schema_migrations VALUES(15,'refresh_tokens_by_user',1796148807369,'93355af92fdded2129b089f67690df81ae8e0139d5133cd2ba7037aa55fedd03');
INSERT INTO acme_schema_migrations VALUES(16,'email_tokens',1796148807369,'a4d18ae436280f69f8dc252cc14f6d192cfb4e80aeaac34ca97648e707f90552');
CREATE TABLE acme_tenants (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
INSERT INTO acme_tenants VALUES('default','Default',1796148807000);
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
    CHECK (origin IN ('cli', 'registration')), registration_metadata TEXT, introspect_all INTEGER NOT NULL DEFAULT 0 CHECK (introspect_all IN (0, 1)),
    PRIMARY KEY (tenant_id, client_id)
) STRICT;
INSERT INTO acme_clients VALUES('default','basic-client','Basic','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796148823965,1796148823965,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL,0);
INSERT INTO acme_clients VALUES('default','post-client','Post','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_post',0,1796148826679,1796148826679,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL,0);
INSERT INTO acme_clients VALUES('default','reference-client','Reference','confidential','[]','[]','["client_credentials"]','["api.read"]','client_secret_basic',0,1796148831367,1796148831367,'reference',86400,NULL,'[]',NULL,NULL,'cli',NULL,0);
INSERT INTO acme_clients VALUES('default','web-client','Web','confidential','["http://127.0.0.1/callback"]','[]','["authorization_code","refresh_token"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796148834060,1796148834060,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL,0);
INSERT INTO acme_clients VALUES('default','device-client','Device','public','[]','[]','["urn:ietf:params:oauth:grant-type:device_code"]','["openid","profile"]','none',0,1796148836967,1796148836967,'jwt',NULL,NULL,'[]',NULL,NULL,'cli',NULL,0);
INSERT INTO acme_clients VALUES('default','WYh0a79Xz-rII0Yn3M12cg','Registered','confidential','["https://registered.example/cb"]','[]','["authorization_code"]','["openid","profile","email","offline_access"]','client_secret_basic',0,1796148851093,1796148851093,'jwt',NULL,NULL,'[]',NULL,NULL,'registration',NULL,0);
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
INSERT INTO acme_signing_keys VALUES('default','7XshVj7vh5vWcC15','ES256','{"kty":"EC","crv":"P-256","x":"SvFsreGdbafxLQFQHH5021VXxkpDInuyBVxgOr74o7A","y":"K1thF_WPS00D6Fe4HtOMNZmwDZe91sRuRdFD6bzsrxM","kid":"7XshVj7vh5vWcC15","alg":"ES256","use":"sig"}',X'99a926e20139605a1835f322a3b7745f82ae6d4bf90d821e65e475cdc98b53f3236edb1ea9280028bac48de1cf6c3bfd5ccb7bb9d4ddd85820bac6b5572aee46d753d9ef50885f761c943f6365391b861d2c6b4cc73c4e8029b1cb1ffe4f21341517da3df041ca7217c7297f47014a5d224b235a8e9ff9c8a475f0c2ede686318be79c54ffde27ea4d435a4cb4f9b22c00283efccff210b66e41e54e9f1734f188d3bcb8898c',1796148822891,1796148822891,1796149442084,1796235842084);
INSERT INTO acme_signing_keys VALUES('default','iZ-M0PoCrR2T8xdZ','RS256','{"kty":"RSA","n":"sTJyFy77T-h02J-XxO0ylUDfXXTZeyeUgBRMRFn630EDuTiYaSZKHZm00DwpST8tdypuxRYy4Ae3x0ycR6TewmDLc1zb8JA6v8pnKbAK4qtKyeMDLi4FbFxYoBER3zf39vyJXbt6dFk_21agufBQML3LIv04ZHPah11NjuB_NFhII1vk_3ahOiJCe07w_SLo2AL2s1_PPjczl6g1z7WZt8SukN4mQzNecgxrz5X3lAHxOYqL1D7JiJwf2WYeh0l-8jeJMkfanvOzyiYQWFUozOQJOAMBWUqYx3Q91voLpCLuqF6lM5hKPn7544d7eCsCed6ZoJFhOxtlq1pA0izuDw","e":"AQAB","kid":"iZ-M0PoCrR2T8xdZ","alg":"RS256","use":"sig"}',X'13dd8661abaac5f305a04842fc281c819d0796d40fe2710054fd550d600303607e6fd565b8a03ab374d50d273150dde19a127ad63628c7ec92874dcdee5a5daac4996c9c83ff922baab07b3536a317c86279f64f80a928a1c2afa7512df867275d5b884551f0ffbf13cb22536a11d41c645bffaa937a9f94588a57acb750fccdfebbb61b6668c09173839d533c9d67767fb22d5cc096e6bec53f6f6c81ff71a439ed8b8a94e45fb337535f06ae72c9ddb583b0e40308061918614f8ad32951896ce9f983276c36a57ca8bbd757f13c65b75f94eb67fe22f4311ed23e8164bf9569e346f85eaa51be639de27045e01f3c0e7d2342c34cab04a174af6e516f02d613aece9316cb7f0224d88d09a30ed9cc057cdc8598b6d0c71c3381637a674ea34e25e0252f1420cac1a639318cc13d5f80086361b65b842d2e2db50baf219b005c0d487ee0ada4d4a4c88be228c7c6b7baebf0e028e123a9a4c5cdaa3979fe28db8d48bf67bf40e670cc5d31cb9804f053dbe16353dfc546fd783cc5185c725a3420dc91aae7d89908086707ad115907036b3daa187b94df1f9cb96b20ba7d624ce983ee5c3c72e7f0351180fb886da9c44f5ba2449657451ec134533d89068de0b1edd8ca1f609258f40282267525deda11787dfc2e8e4f2e6eeb350d6255782923eb839be8c5cc9a3033a5adede4ca02d58624df5cc1963213f8076a689c08a395b34963778f359c8c94d22f0794c1a9aa10a9224f3c84c534984efd042725dac68bbad27619dbd12df607563ca77243d527475927414726f85bc5741d7cafab45b29e54a17c9d8e0c81b88637ca3b7952c08fa7ca287a2cc88e6066809f9e50108f769ada8538b1a121b71d029657cb14f8c0f970d6f9d4ccaf27a9c5a539eed0701d7d0802055cff990661dad2021a9d45f6afdcbb22bdd2966708064a853fa22d07bc2543cddd8f30e557b15a8da7dab16b82b72aae31965d22ffefc349c5acc88223225e0da3ba77b8b627a5cccc0096ebe7e5332835d2698e0db759b01b3526912ccbf1abeb506b7d94abdece5615671505029a27f6bca650d8ae6364846f994fe30d95e1af1a3b4d3ba1677585cb38875f75c369804a5f60331e20cca853f6b33acb4145d1850f42c5bf571c155665c4dbef0745d290a4725426ddf3312eb32809f89dd24fe707565c89c95186a01142fded56f39dae24e01abe6b27fab6d7ec88458d72cae201f030da1ea19fe2b082a84b1a519cb3aef4a373eb7038e1cf76956a286590a035d543c8fdceed3fcfa6def9c9cee4103f845b8cb7a2f486145d63a3300a6217b2a1c7bbe96e13dc9dd4c129f0d9b93e69a0c37cd2efa7f5d6e11c1400a5969e16cc4f584f6d32d28d180460867b51e56c031010381e35eb0755cf339096c5b5d104f660049065eb23431aba1e3697cba1db684331e78aa903f2eb7c85b99d26a4a7d027610cff323708379b33b10226250124ab60e081c76f6ea7633e8e3a8a8e1e328561a2cbcae40bc61bd652fdb07d7af4518885523a38bbcea6641e60bdc422483fc1b16526ccce1bdf1d22f6ecd717eb7483d20b1680e302f24f9aa2a9e1aaad2704d9b2c4ea50a21157913f17267aac764462687dd840d345a6f678b742597e8f77ae82564241bcb52d0561163e98641ce4734e4fb60b9531b59ea26ff48993b6aece7998e908939a52b954f1883db0e9d11f68a81bc5e6500db7b9b087d6285151b169f6c62fb69f7f95750956',1796148822891,1796148822891,1796149442249,1796235842249);
INSERT INTO acme_signing_keys VALUES('default','sAcyde6m1av_bQ5B','ES256','{"kty":"EC","crv":"P-256","x":"YXF-k6QuqyqvY9PbfgtS8HJ1Jo1QaRBzHECVX_E5kG8","y":"SevvKnMu3u2emUlYkmrwTw9pWA__eBTxvNkWBPF7cIM","kid":"sAcyde6m1av_bQ5B","alg":"ES256","use":"sig"}',X'24303c2c45e071fa7703de21c735050c4e8998ff2dcda7d65157ce742ea9d31b3c9d4be90a067addcc1951b1df7bcded99805f44da361b0e5aa62c1a4b9f347149c70a8b93040a46077e39efb7d2271f8096197c3d7452573ccd81a00880f306cbeff904ead1a32b162d984ca60d8cf00b77a09686b5617eda5e1d0275456905a942e5948483a5b4f60bd8745b2c62721b48ae6bd901bc7a55783b6d4113ed5ff877068e0cdc',1796148842084,1796149442084,NULL,NULL);
INSERT INTO acme_signing_keys VALUES('default','LMxkpYBjtQctQrsq','RS256','{"kty":"RSA","n":"xKSoxXKzPcrpn6ZRE-otDeI9IbgFswjWhxc8sXTGEPki9k8k7wzk1jWDcWubEyT51xMYnhXJV68SmqZhgLtepiB280_rjVhZQwljpTpqeWVXBCtFj4ZarwuxeMQ_hLz7F-tV4tUVltdzrktIab1_xMGBgg1gt82r933P0HbBK1OdsHATlWBQIPfHUk6yj7PyqGnNgRYIeF8roc7ov4LhoMXyUzwi3d-XpXmffSqj40X-zIT6HBocW9zq6ZPLFaTAJ4-DhPMw-jQ6eLFDfCEAcdFaO5oBAZTKEZyzGP5D53FosZ1VHZX-f_tNbaY8k6zH1tnDCpcudnjpjdcGMu_vuw","e":"AQAB","kid":"LMxkpYBjtQctQrsq","alg":"RS256","use":"sig"}',X'cbb9a6a85d46622fc1a61e26e917bdebaf9365f7266f4e62ffefacb13ea9f304e10040570d54ffdc88fd4efc3edded3ce5ba4ba509ea34b0db9542e6cda271cc76b60ffe149911f90a0b9ec71aa5fc9974a56052da4d022c75eb5bde168508e493459259cbff3f4c97f4de27583bd2e29a0782d5b458471cd0c5ef6956cb8c6e429ccf520c7b7a56a0cbf57f8adc72c7c7f62d01b666911d80acd65a403d3d10d2a403bfdf570dd3bd348d187093c90e8ef8be2cda4fa525ff95b4acdf763d1d4d817d9811749a3d45c50cb1294bb001492ff980df533fb6454c9fffce541ebc794b9354462e7800983141b1536750e15889bcfccbbbf63e4409f2b3f718f04c1fa2f6115468448793c32dac72289b73dad5c2624787e487f2c3ae6d773ca7ce531ee8de63ea13b2525a225d321ac2b0fb624a2322151e5d84f54b7f8375a049eeeac56267f0d9f7dd09c77084437f8f3a16e489a3ebf4681176908876ec8388ecf9691c12ae466c16184376e390ddae03088c6fc965d26083a900802f965dbc15a4b87f9b5989996fd7ea76a6effa3999601294094065a48965e9dffa7c2912d73659cc8c6c6fb86d24a9aa4ff6b6bd53727d64d324d694553291ce01cda98a47559141d2e606b9a253f96bf1e4ea1daf265e0ef345901aca1d1c48746ca519aa7f03f95b9a493a29ae9da2a401e9b8db8d4e8d09de742a5294a16c95166beed01f339aa44a27d82280dc52581876ff743b1bd61c47d4dfafb9ac8be9df68434dca37597f1648b7e4feb0bac65d7d19f2c323ed2044f79c0c8b064b39111a51aa4f057ca01afcd5c8720a2f08f7d87cd2ff333346220d85238b0197db2fb0975ec01bf2e52134b02f3aeb007e392207b6792c7f296df37acfbf310d5566c66be8b40e28a03bd480ee12d272d6ca02f5f0d5f455bb2a53aa11bce191707bbe40dfca828e0a4c774d04a5831dd42f6b46e0da39ef79396017aaaabcc40bb143c2b83e5c207fa59ab95d8e6d43a35addb5865eef998c1584aab362be3fcc112b8d5ab631fedd163a3d2e642270284a3d4745f5426800260c6c6196f450a8da7be18578a92bf9bba4174923f0690b89738f32cb4da63cd78da0cbed6f09f00473ac637cd99b0c5e099be67c15b0f73257f714698c9824669ac8b6efd8e01b93b1e7be5e605929c4c39cbf623e38317b7f8d130510a36d151369afe048657fe0f8796fd00ec12f781978e566deb368cdfe98f9365d38146c604705fad95ae084d22f02610926e3b2117d982f7a822decd3e5c72615ae6783ae1de62d4d9870745a83ce493c01d7d6c06bdc69bf1699986fd1c571498a63bf75bb1050fb8403964e3a94a448f394e565957e8cb73ef6626f954bbf761c332e66632c7e35b832b7e9026d9ef338395b71bbdcd5e99c359b01bc2c8d03c552bca8255dc4baa333601844bce9c60cfb65ffb3940afcf655fa01a1478d0edaf15dd02710f4a8898f924a381ca67990e905014187c0b721f9d74f30672a60ade69f48bba86fabbdbbc9063400ff51ae33bfe2da76fff86037e8f98d47454aaa473434ba2eb6ad4e642e34da7cf209df782c81ba5c045b4969f66addbbef59d4dd78bc1db5d4c732d2a6fa67b8dc9239c7d5e45122c36e57f67bfde631d0fca3666a7fc43eec04e0f94617b79f048dec2baf8a4afba73f756a8c1a873ee6245950886fe7cb891ff968f41ba9f2d86c4271a9f25ec2ecc840cefea4076070f4489cf42d9bb892dedeb63e',1796148842249,1796149442249,NULL,NULL);
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
INSERT INTO acme_audit_logs VALUES('01a232d0-687d-75a9-88d4-d4d7d4c1f5dd','default',1796148848765,'token_issued','success','basic-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"1ZRgj0pSX2i17Z7nddfCjA"}');
INSERT INTO acme_audit_logs VALUES('01a232d0-68ab-7272-90d9-53195a6057ca','default',1796148848811,'token_issued','success','post-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"jwt","jti":"4WWtRLsH11fSJvYPF3pMug"}');
INSERT INTO acme_audit_logs VALUES('01a232d0-6952-793d-9c61-210e06f69618','default',1796148848978,'token_revoked','success','post-client',NULL,'127.0.0.1','{"jti":"4WWtRLsH11fSJvYPF3pMug","format":"jwt"}');
INSERT INTO acme_audit_logs VALUES('01a232d0-695f-79e2-8a28-8877ad7f32d4','default',1796148848991,'token_issued','success','reference-client',NULL,'127.0.0.1','{"grant_type":"client_credentials","format":"reference","jti":"DdnUG8ntTwS36n-cTtVlRA"}');
INSERT INTO acme_audit_logs VALUES('01a232d0-706a-7e5d-a20d-7abd9efd8e77','default',1796148850794,'login','success',NULL,'01a232cf-f993-77f0-b273-99593a8cd076','127.0.0.1','{"method":"password","reason":null}');
INSERT INTO acme_audit_logs VALUES('01a232d0-713c-758d-8e0a-48e7c0f85bd1','default',1796148851005,'consent_granted','success','web-client','01a232cf-f993-77f0-b273-99593a8cd076','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO acme_audit_logs VALUES('01a232d0-7141-7fd3-bb49-48f2f167c696','default',1796148851009,'authorization_code_issued','success','web-client','01a232cf-f993-77f0-b273-99593a8cd076','127.0.0.1','{"scope":"openid profile email offline_access"}');
INSERT INTO acme_audit_logs VALUES('01a232d0-7180-7082-9c9b-ee5da1e4903c','default',1796148851072,'device_authorization_requested','success','device-client',NULL,'127.0.0.1','{"scope":"openid"}');
INSERT INTO acme_audit_logs VALUES('01a232d0-71a3-79d6-9b0b-5fc17e4b035d','default',1796148851107,'client_registered','success','WYh0a79Xz-rII0Yn3M12cg',NULL,'127.0.0.1','{"grant_types":["authorization_code"],"token_endpoint_auth_method":"client_secret_basic"}');
INSERT INTO acme_audit_logs VALUES('01a232d0-7174-7139-93de-9d13466840da','default',1796148851060,'token_issued','success','web-client','01a232cf-f993-77f0-b273-99593a8cd076','127.0.0.1','{"grant_type":"authorization_code","refresh_token":true,"id_token":true,"jti":"GHKFAoRTkLEWbaIBtpHK8w"}');
CREATE TABLE acme_client_secrets (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    secret_hash  BLOB    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES acme_clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO acme_client_secrets VALUES('01a232d0-07d0-799e-aedc-87e08e8576dc','default','basic-client',X'fbe4d2d11d6e2c4bcfb40a429f82290b5075b225bacb65009918d35de840a8b0',1796148823965,NULL);
INSERT INTO acme_client_secrets VALUES('01a232d0-125f-705c-a4a2-0f698b52a59b','default','post-client',X'f2d3ae76ce7d68a8525cdc52836ed16ccd80fa4f5897fa92d261f2b59b73179e',1796148826679,NULL);
INSERT INTO acme_client_secrets VALUES('01a232d0-2570-75c5-ba84-df621feb088a','default','reference-client',X'db2ec3957f76bdec3f5b59973e2a61cfdb81ca9f03ede264e50ee8522edc6335',1796148831367,NULL);
INSERT INTO acme_client_secrets VALUES('01a232d0-2f1f-73c4-a266-a6ed610e9c0f','default','web-client',X'a97378e7561051d1d9bd685eb0782add41bf910ebef23cd3ac240e17ef5fd577',1796148834060,NULL);
INSERT INTO acme_client_secrets VALUES('01a232d0-719c-77f1-8d7c-0e75cef1c191','default','WYh0a79Xz-rII0Yn3M12cg',X'9661f826628e08fc822caf29000af6f90c307235a0066bab3a7e32485839da6b',1796148851093,NULL);
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
, user_id TEXT, security_stamp TEXT) STRICT;
INSERT INTO acme_reference_tokens VALUES(X'08990d832cc94c1d71118c2670e189d5072a1dad374227ca8909133435e86093','default','reference-client','reference-client','["api.read"]','["http://127.0.0.1:51617"]','DdnUG8ntTwS36n-cTtVlRA',1796148848000,1796235248000,NULL,NULL,NULL);
CREATE TABLE acme_revoked_tokens (
    tenant_id   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    jti         TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, jti)
) STRICT;
INSERT INTO acme_revoked_tokens VALUES('default','4WWtRLsH11fSJvYPF3pMug','post-client',1796235248000,1796148848832);
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
, email_verification_required INTEGER NOT NULL DEFAULT 0) STRICT;
INSERT INTO acme_users VALUES('01a232cf-dc18-7fad-a7cf-58c642e88851','default','admin',NULL,0,'$argon2id$v=19$m=19456,t=2,p=1$gM+0DwW6yAmqvjCQeQOV/g$j+MCMfOwxF8uCS6qdWH8kK+2+Y3PfBTcmbdjeTEEDVo','admin',1,NULL,'{}','DC1AE733EDC51B2F6FDAE0D339A1E179',0,NULL,1796148812824,1796148812824,0);
INSERT INTO acme_users VALUES('01a232cf-f993-77f0-b273-99593a8cd076','default','alice','alice@example.com',0,'$argon2id$v=19$m=19456,t=2,p=1$2Giv4NZaUzWLsGla3+3zQg$oPQlId1mE8BFFzp86bF/nIxJTC1A8uMBJMDGIrj6rPU','regular',1,NULL,'{}','4FBFCA8B6C6CC77CAABF2F5A7D0BC7CB',0,NULL,1796148820371,1796148820371,0);
CREATE TABLE acme_scopes (
    tenant_id         TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    display_name      TEXT    NOT NULL,
    description       TEXT    NOT NULL DEFAULT '',
    claims            TEXT    NOT NULL DEFAULT '[]',
    requires_consent  INTEGER NOT NULL DEFAULT 1,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL, registrable INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO acme_scopes VALUES('default','openid','Sign you in','Confirm who you are to the application.','["sub"]',0,1796148812539,1796148812539,0);
INSERT INTO acme_scopes VALUES('default','profile','Your profile','Your name, username, picture and other basic profile details.','["name","family_name","given_name","middle_name","nickname","preferred_username","profile","picture","website","gender","birthdate","zoneinfo","locale","updated_at"]',1,1796148812750,1796148812750,0);
INSERT INTO acme_scopes VALUES('default','email','Your email address','Your email address and whether it has been verified.','["email","email_verified"]',1,1796148812751,1796148812751,0);
INSERT INTO acme_scopes VALUES('default','address','Your postal address','Your postal address.','["address"]',1,1796148812758,1796148812758,0);
INSERT INTO acme_scopes VALUES('default','phone','Your phone number','Your phone number and whether it has been verified.','["phone_number","phone_number_verified"]',1,1796148812758,1796148812758,0);
INSERT INTO acme_scopes VALUES('default','offline_access','Stay connected','Let the application keep access while you are away, until you revoke it.','[]',1,1796148812758,1796148812758,0);
INSERT INTO acme_scopes VALUES('default','api.read','Read the API','Reads the fixture API','[]',1,1796148818348,1796148818348,0);
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
, security_stamp TEXT NOT NULL DEFAULT '', redirect_uri_in_request INTEGER NOT NULL DEFAULT 0 CHECK (redirect_uri_in_request IN (0, 1))) STRICT;
INSERT INTO acme_authorization_codes VALUES(X'f502ec7c0c1d5e6b485c2a4105000d7118728502845390b1166da201b691caf3','default','web-client','01a232cf-f993-77f0-b273-99593a8cd076','http://127.0.0.1/callback','["openid","profile","email","offline_access"]','fixture','1u9DqUiZHxUjbZwVfSpvPPL_yh2MceoiaM1dqtq1Vmg','S256','DbrPsdg8dLTexMWy9WvGzw',1796148850818,1796148851007,1796149451007,1796148851029,'4FBFCA8B6C6CC77CAABF2F5A7D0BC7CB',1);
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
, security_stamp TEXT NOT NULL DEFAULT '', parent_id TEXT) STRICT;
INSERT INTO acme_refresh_tokens VALUES(X'a6c1214c10fe668b1e07aa9c5e34ddd7d940de4f4b5d55176ec7cfe00086f5b5','01a232d0-7165-7e39-9c80-3e0a1a871bb8','7cec02f5-1d0c-6b5e-485c-2a4105000d71','default','web-client','01a232cf-f993-77f0-b273-99593a8cd076','["openid","profile","email","offline_access"]','DbrPsdg8dLTexMWy9WvGzw',1796148850818,1796148851043,1827684850818,NULL,NULL,'4FBFCA8B6C6CC77CAABF2F5A7D0BC7CB',NULL);
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
INSERT INTO acme_consents VALUES('default','01a232cf-f993-77f0-b273-99593a8cd076','web-client','["email","offline_access","openid","profile"]',1796148851001,1796148851001);
CREATE TABLE acme_data_protection_keys (
    tenant_id      TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    encrypted_xml  BLOB    NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
INSERT INTO acme_data_protection_keys VALUES('default','key-5aa0ad78-0c40-4d77-b234-c7e177c3548f',X'3a2dfd22c72c4f814ff3425245a29f84532fadbe64ff4bdeb2dd844354050d068e5c0416c934fce18aface5d306e6e4e9f705320cba0e8a09ec92aae68745d57b3a8f14808132c54f476f68c5bc38294288eb5de6da857c70d3b098ba065c82464c2132da84d45d499ef3b452df905f746f58369d77fbce3e554f9ea093cd170f1661320eb44de3c68ac64ec19796b0c18a8061b84e77b68025db433690ace50f5178243ac27c859285b8dc036d472eb627eaea4a59f27868f87990a2809520777e9794e13bb0723fc50a66e5df3c4fe12515e83e724951e865a48b8af0df4e919f6f64303a80f7695d2ca55d0fed58cb9b6d02e879525daa7d7991a9e31e14362e728785262e653db2bed332d529bfc1cf5391315693efb3d58663714601984f35e976740dd22a2cbaa2a33632be1b8b3191a8d1e5aff234f7887fa049f305b4e2645fbe8af3d3157f01e1efb21fdea9aac59d14bdde4d1571ebc1ff6388db7821f34562b95f721d668c4d40f6a100a260c40c26d5469f9537e4d997c9ce47adf0477ee9312fd87b5b7bda15450f273fc426ea462c66c40cd3a00d51596579685580f567e8acc4570486a3d697bbe57754034b20d9b6d8e09081c994e1ecae35424776e22ba9fd6b7196d0842d365d471710456a83803836d40312e6e0cc239ffd38ac4669b325d9fcb76f6366c53d3172badef6683a02fc69dd462d031f22ba98d3b1ab87d07a9464e796a167ce1672dcf7c92b280ade01ae4199b95b4b1154cff01a645d236b5b2c5938340de85b8a0d764e1a7c97f726453e81a74a323145d9343a76d2e374d1f87efd19bba804725eadc43ae5793bd0301e2c1009e35126b193717e58d48429034cd9a936100f105461e91d13eeddd53480ba795d35c16676a855b7b2f0751e92e2645b2d5b53b70901e2fb627609fb565973fc8da8f8bcb67afc9305ebc267524c1ebe83e9337df0aec9388fc3a597f1331aff20d0b6132a7b2412fbfe4076e89c923533805ad1b886c09c095bad86f9961496f56445c702ba403f0672db914789cde654436f9a983dee0311fa10f72b1dd7a284c6f049c77c7b8f5d101027d693bed89592ad6819d0792feacdc75c13e492f0ef0c375262092d7c604e2c6d01f41bc64946ac2e3cc2cbe8a89404759be5e727b8aad66014a2c0ece06235af0fe63c9aad389927eefe92a67d8c932aff522f2027e1ee2e6210e23606fcd3386552e913a21802dcbd39aa3feb2a6156b1203e4de6da09dac4ae0b5c2afe844bf8a6198f9cd17faf85ca3',1796148850198);
CREATE TABLE acme_settings (
    tenant_id   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    key         TEXT    NOT NULL,
    value       TEXT    NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, key)
) STRICT;
INSERT INTO acme_settings VALUES('default','site_name','Upgrade Fixture',1796148815536);
INSERT INTO acme_settings VALUES('default','op_policy_uri','',1796148812780);
INSERT INTO acme_settings VALUES('default','op_tos_uri','',1796148812780);
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
    consumed_at       INTEGER, security_stamp TEXT,
    FOREIGN KEY (tenant_id, client_id) REFERENCES acme_clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
INSERT INTO acme_device_codes VALUES(X'0b6b76586185c9a3c034243c09fad5334b8574360411f2779d527b3c5b421370','default',X'2e8e4981a68f906fd5b0726990ad4bef197293ce56fc7558f998e0c257a7f661','device-client','["openid"]','pending',NULL,NULL,1796148851070,1796152451070,NULL,NULL,NULL);
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
INSERT INTO acme_registration_tokens VALUES('01a232d0-4506-72fc-b659-f5496c2a41ee','default',X'df184ac2548ec60495955d0a4734b672d88baa70e079cca74743062af5db9860','initial_access',NULL,0,NULL,1796148839686,1796148851083);
INSERT INTO acme_registration_tokens VALUES('01a232d0-71a1-7ca8-81a5-0b124a1f4990','default',X'474fda42bf3b9752dfd947d07469fc9339bf527de5be8cac75df70284f7009b7','registration_access','WYh0a79Xz-rII0Yn3M12cg',0,NULL,1796148851105,NULL);
CREATE TABLE acme_cleanup_lease (
    name        TEXT    PRIMARY KEY,
    holder      TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;
INSERT INTO acme_cleanup_lease VALUES('expired-data','',0);
CREATE TABLE acme_refresh_token_families (
    tenant_id   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    id          TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER,
    PRIMARY KEY (tenant_id, id)
) STRICT;
CREATE TABLE acme_email_tokens (
    id          TEXT    PRIMARY KEY,
    tenant_id   TEXT    NOT NULL REFERENCES acme_tenants (id) ON DELETE CASCADE,
    user_id     TEXT    NOT NULL REFERENCES acme_users (id) ON DELETE CASCADE,
    purpose     TEXT    NOT NULL CHECK (purpose IN ('verify', 'reset')),
    token_hash  BLOB    NOT NULL,
    email       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
) STRICT;
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
CREATE INDEX acme_ix_refresh_token_families_expires_at ON acme_refresh_token_families (expires_at);
CREATE INDEX acme_ix_refresh_tokens_parent ON acme_refresh_tokens (tenant_id, parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX acme_ix_refresh_tokens_user ON acme_refresh_tokens (tenant_id, user_id);
CREATE UNIQUE INDEX acme_ux_email_tokens_token_hash ON acme_email_tokens (token_hash);
CREATE INDEX acme_ix_email_tokens_user ON acme_email_tokens (tenant_id, user_id, purpose);
CREATE INDEX acme_ix_email_tokens_expires_at ON acme_email_tokens (expires_at);
COMMIT;

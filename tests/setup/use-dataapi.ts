/**
 * The integration suite through the app's cloud path: TypeORM's aurora-postgres driver over
 * HTTP to the local Data API stand-in. The SDK signs requests, so it needs credentials;
 * these dummies never leave the machine.
 */
process.env.TEST_DB = "dataapi";
process.env.AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
process.env.AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
process.env.AWS_REGION = "us-east-1";
delete process.env.AWS_PROFILE;
delete process.env.AWS_SESSION_TOKEN;

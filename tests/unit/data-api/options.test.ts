import { trackerDataApiDriver } from "@/server/db/data-api/driver";
import { dataSourceOptions } from "@/server/db/options";

const target = {
  kind: "data-api",
  resourceArn: "arn:aws:rds:eu-west-1:123456789012:cluster:tracker",
  secretArn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf",
  database: "tracker",
  region: "eu-west-1",
} as const;

describe("Data API DataSource options", () => {
  it("uses aurora-postgres with the adapter driver passed explicitly (bundlers see it)", () => {
    const options = dataSourceOptions(target);
    expect(options).toMatchObject({
      type: "aurora-postgres",
      driver: trackerDataApiDriver,
      database: "tracker",
      region: "eu-west-1",
      serviceConfigOptions: {},
      formatOptions: { castParameters: true, deserializeDate: false },
    });
    expect(dataSourceOptions({ ...target, endpoint: "http://127.0.0.1:4000" })).toMatchObject({
      serviceConfigOptions: { endpoint: "http://127.0.0.1:4000" },
    });
  });

  it("gives TypeORM a driver factory it can call with `new`", () => {
    // AuroraPostgresDriver runs `new options.driver.pg(...)`: an arrow function would throw.
    const Factory = trackerDataApiDriver.pg as unknown as new (...args: unknown[]) => {
      query: unknown;
      startTransaction: unknown;
    };
    const driver = new Factory(
      "eu-west-1",
      target.secretArn,
      target.resourceArn,
      "tracker",
      undefined,
      {},
      {},
    );
    expect(typeof driver.query).toBe("function");
    expect(typeof driver.startTransaction).toBe("function");
  });
});

import { Stack } from "aws-cdk-lib";
import { Construct } from "constructs";
import type { DeploySettings } from "../../config/deploy-settings";
import { TrackerAppSecrets } from "../AppSecrets/resource";
import { TrackerBackups } from "../Backups/resource";
import { TrackerComputeRole } from "../ComputeRole/resource";
import { TrackerDatabase } from "../Database/resource";
import { TrackerFirewall } from "../Firewall/resource";
import { TrackerMigrations } from "../Migrations/resource";
import { TrackerMonitoring } from "../Monitoring/resource";
import { TrackerNetwork } from "../Network/resource";

export interface TrackerBackendProps {
  readonly settings: DeploySettings;
  /** Path of amplify/functions/migrate/handler.ts. */
  readonly migrationEntry: string;
  /** Path of amplify/functions/backup/handler.ts. */
  readonly backupEntry: string;
}

/**
 * The contract with the app: these keys land in amplify_outputs.json under custom.tracker and
 * amplify/scripts/write-env.mjs turns them into TRACKER_* runtime settings. ARNs only, no values.
 */
export interface TrackerOutputs {
  readonly region: string;
  readonly dataApiResourceArn: string;
  readonly dbSecretArn: string;
  readonly databaseName: string;
  readonly sessionSecretArn: string;
  readonly setupTokenSecretArn: string;
}

/** Everything the Tracker app needs on AWS, wired together for one Amplify backend. */
export class TrackerBackend extends Construct {
  readonly network: TrackerNetwork;
  readonly database: TrackerDatabase;
  readonly secrets: TrackerAppSecrets;
  readonly computeRole: TrackerComputeRole;
  readonly migrations: TrackerMigrations;
  readonly monitoring: TrackerMonitoring;
  readonly backups: TrackerBackups;
  readonly firewall?: TrackerFirewall;
  readonly outputs: TrackerOutputs;

  constructor(scope: Construct, id: string, props: TrackerBackendProps) {
    super(scope, id);
    const { settings } = props;
    const app = settings.amplifyApp;

    this.network = new TrackerNetwork(this, "Network", {
      secretsEndpointAzs: settings.tier.secretsEndpointAzs,
    });
    this.database = new TrackerDatabase(this, "Database", {
      network: this.network,
      tier: settings.tier,
      restoreSnapshot: settings.restoreSnapshot,
    });
    this.secrets = new TrackerAppSecrets(this, "Secrets");
    this.computeRole = new TrackerComputeRole(this, "ComputeRole", { attachTo: app });
    this.database.grantDataApiAccess(this.computeRole);
    this.secrets.grantRead(this.computeRole);

    this.migrations = new TrackerMigrations(this, "Migrations", {
      database: this.database,
      entry: props.migrationEntry,
      deploymentId: settings.deploymentId,
    });
    this.monitoring = new TrackerMonitoring(this, "Monitoring", {
      cluster: this.database.cluster,
      appId: settings.ownsAppWideResources ? app?.appId : undefined,
      alarmEmail: settings.alarmEmail,
    });

    this.backups = new TrackerBackups(this, "Backups", {
      database: this.database,
      entry: props.backupEntry,
      alarmTopic: this.monitoring.topic,
    });

    const { firewall } = settings;
    if (firewall.mode !== "off") {
      if (app === undefined) throw new Error("the firewall needs an Amplify app (branch deploy)");
      this.firewall = new TrackerFirewall(this, "Firewall", {
        appId: app.appId,
        existingWebAclArn: firewall.mode === "associate" ? firewall.webAclArn : undefined,
      });
    }

    this.outputs = {
      region: Stack.of(this).region,
      dataApiResourceArn: this.database.cluster.clusterArn,
      dbSecretArn: this.database.secret.secretArn,
      databaseName: this.database.databaseName,
      sessionSecretArn: this.secrets.sessionSecret.secretArn,
      setupTokenSecretArn: this.secrets.setupToken.secretArn,
    };
  }
}

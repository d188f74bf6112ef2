import { Duration } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as actions from "aws-cdk-lib/aws-cloudwatch-actions";
import type * as rds from "aws-cdk-lib/aws-rds";
import * as sns from "aws-cdk-lib/aws-sns";
import * as subscriptions from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";
import { AMPLIFY_APP_ID } from "../shared/arns";
import { appMetrics, databaseMetrics, errorLogsQuery, graph } from "./metrics";

export interface TrackerMonitoringProps {
  readonly cluster: rds.IDatabaseCluster;
  /** Amplify app whose hosting metrics (5xx, latency) get alarms; omit for sandboxes. */
  readonly appId?: string;
  /** Subscribed to the alarm topic; AWS sends a confirmation mail first. */
  readonly alarmEmail?: string;
  /** @default 5 server errors in 5 minutes */
  readonly serverErrorThreshold?: number;
  /** Average time to first byte, seconds. @default 3 */
  readonly latencyThresholdSeconds?: number;
  /** @default 80 */
  readonly connectionThreshold?: number;
  /** @default 256 MiB */
  readonly freeableMemoryThresholdBytes?: number;
}

interface AlarmSpec {
  readonly id: string;
  readonly metric: cloudwatch.IMetric;
  readonly threshold: number;
  readonly description: string;
  readonly below?: boolean;
  /** Consecutive 5-minute periods. @default 3 */
  readonly periods?: number;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const MIB = 1024 * 1024;

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be > 0; got ${value}`);
  return value;
}

/**
 * Alarms to an SNS topic (optional email subscription), a dashboard of the same metrics and a
 * saved Logs Insights query over the app's JSON (pino) logs. A paused database publishes no
 * metrics, so missing data never alarms.
 */
export class TrackerMonitoring extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: TrackerMonitoringProps) {
    super(scope, id);
    if (props.alarmEmail !== undefined && !EMAIL.test(props.alarmEmail)) {
      throw new Error(`alarmEmail must be an email address; got "${props.alarmEmail}"`);
    }
    if (props.appId !== undefined && !AMPLIFY_APP_ID.test(props.appId)) {
      throw new Error(`appId must look like an Amplify app id (d...); got "${props.appId}"`);
    }

    this.topic = new sns.Topic(this, "AlarmTopic", {
      displayName: "Tracker alarms",
      enforceSSL: true,
    });
    if (props.alarmEmail !== undefined) {
      this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    }

    const db = databaseMetrics(props.cluster);
    const specs: AlarmSpec[] = [
      { id: "DatabaseCpu", metric: db.cpu, threshold: 80, description: "Aurora CPU above 80%" },
      { id: "DatabaseAcu", metric: db.acu, threshold: 90, description: "Aurora near max ACUs" },
      {
        id: "DatabaseConnections",
        metric: db.connections,
        threshold: positive("connectionThreshold", props.connectionThreshold ?? 80),
        description: "Unusually many database connections",
      },
      {
        id: "DatabaseFreeableMemory",
        metric: db.memory,
        threshold: positive(
          "freeableMemoryThresholdBytes",
          props.freeableMemoryThresholdBytes ?? 256 * MIB,
        ),
        description: "Aurora freeable memory low",
        below: true,
      },
    ];
    const widgets: cloudwatch.IWidget[] = [
      graph("Aurora CPU % / ACU %", [db.cpu, db.acu]),
      graph("Aurora connections", [db.connections]),
      graph("Aurora freeable memory", [db.memory]),
    ];

    if (props.appId !== undefined) {
      const app = appMetrics(props.appId);
      specs.push(
        {
          id: "AppServerErrors",
          metric: app.serverErrors,
          threshold: positive("serverErrorThreshold", props.serverErrorThreshold ?? 5),
          description: "Amplify app 5xx errors",
          periods: 1,
        },
        {
          id: "AppLatency",
          metric: app.latency,
          threshold: positive("latencyThresholdSeconds", props.latencyThresholdSeconds ?? 3),
          description: "Amplify app time to first byte high",
        },
      );
      widgets.unshift(
        graph("App requests / 4xx / 5xx", [app.requests, app.clientErrors, app.serverErrors]),
        graph("App latency (s)", [app.latency]),
      );
      errorLogsQuery(this, props.appId);
    }

    for (const spec of specs) this.addAlarm(spec);
    this.dashboard = new cloudwatch.Dashboard(this, "Dashboard", {
      defaultInterval: Duration.days(1),
      widgets: [widgets],
    });
  }

  private addAlarm(spec: AlarmSpec): void {
    const alarm = new cloudwatch.Alarm(this, spec.id, {
      metric: spec.metric,
      threshold: spec.threshold,
      evaluationPeriods: spec.periods ?? 3,
      comparisonOperator: spec.below
        ? cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD
        : cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: spec.description,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    alarm.addOkAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}

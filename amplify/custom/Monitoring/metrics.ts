import { Duration } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as logs from "aws-cdk-lib/aws-logs";
import type * as rds from "aws-cdk-lib/aws-rds";
import type { Construct } from "constructs";

const FIVE_MINUTES = Duration.minutes(5);

/** Aurora cluster metrics (namespace AWS/RDS, dimension DBClusterIdentifier). */
export function databaseMetrics(cluster: rds.IDatabaseCluster) {
  const options = (statistic: string) => ({ period: FIVE_MINUTES, statistic });
  return {
    cpu: cluster.metricCPUUtilization(options("Maximum")),
    acu: cluster.metric("ACUUtilization", options("Maximum")),
    connections: cluster.metricDatabaseConnections(options("Maximum")),
    memory: cluster.metricFreeableMemory(options("Minimum")),
  };
}

function amplifyMetric(appId: string, metricName: string, statistic: string) {
  return new cloudwatch.Metric({
    namespace: "AWS/AmplifyHosting",
    metricName,
    dimensionsMap: { App: appId },
    statistic,
    period: FIVE_MINUTES,
  });
}

/** Amplify Hosting metrics of one app (namespace AWS/AmplifyHosting, dimension App). */
export function appMetrics(appId: string) {
  return {
    requests: amplifyMetric(appId, "Requests", "Sum"),
    clientErrors: amplifyMetric(appId, "4xxErrors", "Sum"),
    serverErrors: amplifyMetric(appId, "5xxErrors", "Sum"),
    /** Time to first byte, in seconds. */
    latency: amplifyMetric(appId, "Latency", "Average"),
  };
}

export function graph(title: string, metrics: cloudwatch.IMetric[]): cloudwatch.GraphWidget {
  return new cloudwatch.GraphWidget({ title, left: metrics, width: 8 });
}

/** Saved Logs Insights query: error-level pino lines (level >= 50) of the app's SSR logs. */
export function errorLogsQuery(scope: Construct, appId: string): logs.QueryDefinition {
  return new logs.QueryDefinition(scope, "ErrorLogsQuery", {
    queryDefinitionName: `tracker/${appId}/errors`,
    logGroups: [logs.LogGroup.fromLogGroupName(scope, "AppLogs", `/aws/amplify/${appId}`)],
    queryString: new logs.QueryString({
      fields: ["@timestamp", "level", "msg", "err.message", "req.url"],
      filterStatements: ["level >= 50"],
      sort: "@timestamp desc",
      limit: 100,
    }),
  });
}

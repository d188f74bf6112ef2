import { auditFetchResponses } from "../helpers/response-audit";

// Every e2e file: what its own fetch calls received must hold no started app's secret.
const checkFetched = auditFetchResponses();
afterAll(() => checkFetched());

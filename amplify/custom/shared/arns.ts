/** Amplify app ids look like `d1a2b3c4d5e6f7`. */
export const AMPLIFY_APP_ID = /^d[a-z0-9]{5,19}$/;

/** A CLOUDFRONT-scope ("global") web ACL, which always lives in us-east-1. */
export const GLOBAL_WEB_ACL_ARN =
  /^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[^/]+\/[^/]+$/;

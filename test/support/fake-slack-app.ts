/**
 * The Slack app's credentials the fake Slack's oauth.v2.access accepts (HTTP Basic, as the Worker sends
 * them): fixed, obviously fake values, shared by the fake (Node) and the Worker tests (workerd).
 */
export const FAKE_CLIENT_ID = "1111111111.2222222222";
export const FAKE_CLIENT_SECRET = "fake-slack-client-secret-0123456789";

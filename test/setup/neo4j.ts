/** Replaced by the embedded-Neo4j global setup. */
export default async function setup(): Promise<void> {}

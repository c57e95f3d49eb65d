import type { Database } from '../db/database.js';

export interface StatsRow {
  papers: number;
  methods: number;
  datasets: number;
  institutions: number;
}

/** Read queries the resolvers need, one per cypher/ file; rows are mapped, never trusted for order. */
export class Repository {
  constructor(private readonly db: Database) {}

  async stats(): Promise<StatsRow> {
    const [row] = await this.db.read<StatsRow>('stats');
    return row ?? { papers: 0, methods: 0, datasets: 0, institutions: 0 };
  }
}

import type { Resolvers } from '../generated.js';
import { Dataset } from './Dataset.js';
import { Entity } from './Entity.js';
import { EntityLink } from './EntityLink.js';
import { Institution } from './Institution.js';
import { Method } from './Method.js';
import { Mutation } from './Mutation.js';
import { Node } from './Node.js';
import { Paper } from './Paper.js';
import { PaperConnection } from './PaperConnection.js';
import { PathStep } from './PathStep.js';
import { Query } from './Query.js';
import { Result } from './Result.js';
import { SearchHit } from './SearchHit.js';
import { Subscription } from './Subscription.js';
import { Task } from './Task.js';
import { Metric } from './Metric.js';
import { Leaderboard } from './Leaderboard.js';
import { LeaderboardEntry } from './LeaderboardEntry.js';
import { ComparisonCell } from './ComparisonCell.js';
import { DateScalar, UrlScalar } from '../scalars.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Date: DateScalar,
  URL: UrlScalar,
  Node,
  Subscription,
  Entity,
  Method,
  Dataset,
  Institution,
  Task,
  Metric,
  Paper,
  EntityLink,
  Result,
  SearchHit,
  PathStep,
  PaperConnection,
  Leaderboard,
  LeaderboardEntry,
  ComparisonCell,
};

import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from the SDL; `mappers` make each resolver's parent the row it really gets.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: './context.js#Context',
        // Both scalars travel as strings (see src/graphql/scalars.ts).
        scalars: { Date: 'string', URL: 'string' },
        mappers: {
          Paper: './models.js#PaperModel',
          Entity: './models.js#EntityModel',
          Method: './models.js#EntityModel',
          Dataset: './models.js#EntityModel',
          Institution: './models.js#EntityModel',
          Task: './models.js#EntityModel',
          Metric: './models.js#EntityModel',
          EntityLink: './models.js#LinkModel',
          Result: './models.js#ResultModel',
          ResultConnection: './models.js#ResultConnectionModel',
          Leaderboard: './models.js#LeaderboardModel',
          LeaderboardEntry: './models.js#LeaderboardEntryModel',
          Comparison: './models.js#ComparisonModel',
          ComparisonCell: './models.js#ComparisonCellModel',
          PaperConnection: './models.js#PaperConnectionModel',
          MethodConnection: './models.js#RankedConnectionModel',
          DatasetConnection: './models.js#RankedConnectionModel',
          InstitutionConnection: './models.js#RankedConnectionModel',
          TaskConnection: './models.js#RankedConnectionModel',
          MetricConnection: './models.js#RankedConnectionModel',
          SearchHit: './models.js#SearchHitModel',
          Path: './models.js#PathModel',
          PathStep: './models.js#PathStepModel',
        },
      },
    },
  },
};

export default config;

// Follow an entity: new papers linked to it arrive over the graphql-ws subscription
// `paperLinked` on this server's own /graphql (ws:// or wss://), with no polling by the page.
import { createClient } from './vendor/graphql-ws/client.js';

const SUBSCRIPTION = `subscription Follow($entity: EntityRef!) {
  paperLinked(entity: $entity) { role evidence paper { paperId arxivId title year } entity { uid name } }
}`;

let client = null;

function socketUrl() {
  const url = new URL('/graphql', location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * Subscribes to new links to `entity` ({ type, name }); `onEvent` gets each PaperLinkEvent,
 * `onError` a message. Returns a function that stops following. One socket serves every
 * subscription of the page and reconnects on its own after a network or server restart.
 */
export function follow(entity, onEvent, onError) {
  client ??= createClient({ url: socketUrl(), lazy: true, retryAttempts: Infinity, shouldRetry: () => true });
  return client.subscribe(
    { query: SUBSCRIPTION, variables: { entity: { type: entity.type, name: entity.name } } },
    {
      next: ({ data, errors }) => {
        if (errors?.length) onError(errors.map((e) => e.message).join('; '));
        else if (data?.paperLinked) onEvent(data.paperLinked);
      },
      error: (error) => onError(error instanceof Error ? error.message : 'The live connection closed.'),
      complete: () => {},
    },
  );
}

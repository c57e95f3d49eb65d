// Waits until the eventually consistent full-text indexes include every committed write.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()

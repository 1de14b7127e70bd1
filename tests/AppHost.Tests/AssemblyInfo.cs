// Each test starts a whole app host (PostgreSQL, Kafka, SMTP and maybe every service): one at a time is faster on a
// small machine than several competing for the same cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// xunit runs test collections side by side by default: two app hosts at once would share the two cores and skew every
// fault's timings, so the fault collections run one after the other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

#!/bin/sh
# The soak (README, "Robustness"): 60 s of mixed load from 8 clients on loopback against the app
# with the demo data; prints requests/s, p50/p99, errors and the heap before and after.
# Options are passed on, e.g. bench/soak.sh -Dsoak.seconds=300 -Dsoak.clients=16
cd "$(dirname "$0")/.." && exec ./mvnw -B -o -Psoak verify "$@"

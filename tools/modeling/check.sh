#!/usr/bin/env bash
# The model check a process owner runs before committing or deploying, without a database:
#   1. lint.sh: bpmnlint with the rules Camunda Modeler applies for a Camunda 7.24 target;
#   2. the deployment validator's checks over bpmn/ + forms/ as one deployment (forms, decisions and
#      called processes present, only allowed beans and expressions, every user task assigned);
#   3. the engine's own BPMN, DMN and form parsers, on a throw-away in-memory engine;
#   4. the process scenarios of every model (src/test/java/be/clusterpact/process/*ScenariosTest) on an
#      in-memory engine with the application's real beans, each with its 100 % coverage gate.
# One line per problem (file, element ID, what is wrong; for a scenario, the failed test and why);
# exit code 1 when there is any.
#
# Usage: tools/modeling/check.sh [--quick] [project-dir]
#   default: this project (checks <dir>/bpmn and <dir>/forms); --quick or another project-dir: steps 1-3
#   only (the scenarios run this project's models).
# Needs Node.js (lint), JDK 17 and Maven; the first run compiles the project and lists its class path
# (target/model-check.classpath), later runs reuse them until pom.xml or src/main changes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(cd "$here/../.." && pwd)"
quick=no
if [[ ${1:-} == --quick ]]; then quick=yes; shift; fi
models="$(cd "${1:-$project}" && pwd)"

status=0
echo "== lint (bpmnlint, Camunda 7.24 rules)"
"$here/lint.sh" "$models/bpmn" || status=1

echo "== deployment validator and engine parsers"
cd "$project"
classpath_file=target/model-check.classpath
if [[ ! -f $classpath_file || ! -d target/classes || pom.xml -nt $classpath_file \
      || -n $(find src/main -newer "$classpath_file" -print -quit) ]]; then
  mvn -q -DskipTests compile dependency:build-classpath \
      -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=runtime
fi
java -XX:TieredStopAtLevel=1 -Dlogback.configurationFile="$here/check-logback.xml" -cp "target/classes:$(cat "$classpath_file")" \
    be.clusterpact.engine.ModelCheckCommand "$models" || status=1

if [[ $quick == no && $models == "$project" ]]; then
  echo "== process scenarios on an in-memory engine"
  if (( status != 0 )); then
    echo "skipped: fix the problems above first"
  else
    mvn -q test -Dtest='*ScenariosTest' -Dsurefire.failIfNoSpecifiedTests=false \
        -Dmaven.test.redirectTestOutputToFile=true || status=1
  fi
fi

if (( status != 0 )); then
  echo "check: FAILED (see the lines above)" >&2
fi
exit "$status"

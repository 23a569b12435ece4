// build.log holds both builds of invoker.properties, each starting with "Scanning for
// projects"; the invoker already checked their results (plain: success, -Prace: failure)
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2 : "expected two builds in build.log, found ${runs.size()}"
def (plain, race) = runs
def check = { ok, String what -> if (!ok) throw new AssertionError(what) }

check(plain.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0'), 'mvn test: both tests ran and passed')
check(!plain.contains('DATA RACE'), 'mvn test: no jrace')

check(race.contains('jrace: argLine set to -javaagent:'), 'mvn -Prace test: prepare-agent set argLine')
check(race.contains('WARNING: DATA RACE'), 'mvn -Prace test: a race report')
check(race =~ /(Read|Write) of com\.example\.counter\.Counter\.hits at /, 'mvn -Prace test: the race on Counter.hits')
check(race.contains('at com.example.counter.RacyCounterTest.'), 'mvn -Prace test: RacyCounterTest in the report')
check(!race.contains('at com.example.counter.SafeCounterTest.'), 'mvn -Prace test: nothing of SafeCounterTest')
// jrace's JUnit extension (registered by the agent) fails the racy test with the report;
// that race failed a test, so the test JVM keeps its own exit status (no broken fork)
check(race.contains('Tests run: 2, Failures: 1, Errors: 0, Skipped: 0'), 'mvn -Prace test: one test failed')
check((race =~ /Tests run: 1, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: [^\n]* <<< FAILURE! -- in com\.example\.counter\.RacyCounterTest/).find(),
    'mvn -Prace test: RacyCounterTest failed')
check(race.contains('jrace: 1 data race(s) during twoThreadsCount()'), 'mvn -Prace test: the failure is the race report')
check((race =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [^\n]* -- in com\.example\.counter\.SafeCounterTest/).find(),
    'mvn -Prace test: SafeCounterTest passed')
check(!race.contains('Error occurred in starting fork') && !race.contains('ExecutionException'),
    'mvn -Prace test: the fork ended normally')
check(race =~ /\[ERROR\] Failed to execute goal org\.apache\.maven\.plugins:maven-surefire-plugin:/,
    'mvn -Prace test: Surefire failed the build')
return true

// the three builds of invoker.properties, each starting with "Scanning for projects" in
// build.log; the invoker already checked their results (success, failure, success)
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 3 : "expected three builds in build.log, found ${runs.size()}"
def (plain, race, raceFree) = runs
def check = { ok, String what -> if (!ok) throw new AssertionError(what) }
def passed = { String log, String testClass, int n ->
  (log =~ /Tests run: ${n}, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [^\n]* -- in ${java.util.regex.Pattern.quote(testClass)}/).find()
}
def broken = ['VerifyError', 'ClassFormatError', 'IncompatibleClassChangeError', 'NoSuchFieldError',
              'NoSuchMethodError', 'hs_err_pid', 'A fatal error has been detected', 'MockitoException',
              'Could not initialize inline Byte Buddy mock maker', 'jrace: internal error']

check(plain.contains('argLine set to -javaagent:'), 'JaCoCo set argLine')
check(!plain.contains('DATA RACE'), 'no jrace without -Prace')

// jrace first, then JaCoCo's agent, then the project's own option
def m = race =~ /jrace: argLine set to ([^\n]*)/
check(m.find(), 'mvn -Prace: jrace set argLine')
check(m.group(1) ==~ /-javaagent:\S+\/jrace-agent-[^\s\/]+-race\.jar(=\S+)? -javaagent:\S+\/org\.jacoco\.agent-\S+-runtime\.jar=\S+ -Dcoexistence\.argLine=kept/,
    "mvn -Prace: argLine is jrace, JaCoCo, the project's: ${m.group(1)}")
check(race.contains('WARNING: DATA RACE'), 'mvn -Prace: a race report')
check(race =~ /(Read|Write) of com\.example\.counter\.Counter\.hits at /, 'mvn -Prace: the race on Counter.hits')
check(race.contains('at com.example.counter.RacyCounterTest.'), 'mvn -Prace: RacyCounterTest in the report')
check(!(race =~ /(Read|Write) of com\.example\.counter\.SafeCounter\./).find(), 'mvn -Prace: no race on SafeCounter')
check(!(race =~ /(Read|Write) of com\.example\.mocked\./).find(), 'mvn -Prace: no race on Clock')
// JaCoCo's coverage probes (boolean[] writes it adds to every method, unsynchronized by design)
// are not watched: the racy test's one race is the only report
check(!(race =~ /of boolean\[\] element \d+ at /).find(), 'mvn -Prace: no report on JaCoCo\'s probes')
check((race =~ /WARNING: DATA RACE/).count == 1, 'mvn -Prace: one report, the race on Counter.hits')

check(raceFree.contains('jrace: argLine set to -javaagent:'), 'mvn -Prace,race-free: jrace set argLine')
check(!raceFree.contains('DATA RACE'), 'mvn -Prace,race-free: no race report')
check(!raceFree.contains('RacyCounterTest'), 'mvn -Prace,race-free: RacyCounterTest left out')

check(passed(plain, 'com.example.counter.RacyCounterTest', 1), 'RacyCounterTest passed without jrace')
check(race.contains('jrace: 1 data race(s) during twoThreadsCount()'), 'mvn -Prace: RacyCounterTest failed on its race')
for (log in [plain, race, raceFree]) {
  check(passed(log, 'com.example.counter.SafeCounterTest', 1), 'SafeCounterTest passed')
  check(passed(log, 'com.example.mocked.FinalMockTest', 3), 'FinalMockTest passed')
  for (b in broken) {
    check(!log.contains(b), "nothing broke: found ${b}")
  }
}
return true

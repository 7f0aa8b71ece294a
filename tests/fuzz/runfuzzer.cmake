# Runs one libFuzzer target for a bounded time (tests/fuzz/CMakeLists.txt): seeds read only, new inputs and any
# crashing input kept under WORK. Prints one summary line (also in WORK/summary.txt); fails on any crash.
# cmake -DFUZZER=… -DNAME=… -DSEEDS=… -DWORK=… -DOPTIONS=… -P runfuzzer.cmake
file(MAKE_DIRECTORY ${WORK}/corpus)
execute_process(
    COMMAND ${FUZZER} ${OPTIONS} -artifact_prefix=${WORK}/ ${WORK}/corpus ${SEEDS}
    RESULT_VARIABLE result
    OUTPUT_FILE ${WORK}/fuzz.log
    ERROR_FILE ${WORK}/fuzz.log)
file(READ ${WORK}/fuzz.log log)
set(runs "?")
if(log MATCHES "stat::number_of_executed_units: ([0-9]+)")
    set(runs ${CMAKE_MATCH_1})
endif()
set(seconds "?")
if(log MATCHES "Done [0-9]+ runs in ([0-9]+) second")
    set(seconds ${CMAKE_MATCH_1})
endif()
set(coverage "?")
string(REGEX MATCHALL "cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*" progress "${log}")
if(progress)
    list(GET progress -1 coverage)
endif()
file(GLOB seeds ${SEEDS}/*)
list(LENGTH seeds seedCount)
if(result EQUAL 0)
    set(summary "${NAME}: ${runs} executions in ${seconds} s, no crash (${seedCount} seeds; ${coverage})")
    message(STATUS "${summary}")
    file(WRITE ${WORK}/summary.txt "${summary}\n")
else()
    set(summary "${NAME}: FAILED after ${runs} executions (exit ${result}); input and log in ${WORK}")
    file(WRITE ${WORK}/summary.txt "${summary}\n")
    string(LENGTH "${log}" length)
    if(length GREATER 12000)
        math(EXPR from "${length} - 12000")
        string(SUBSTRING "${log}" ${from} -1 log)
    endif()
    message(FATAL_ERROR "${log}\n${summary}")
endif()

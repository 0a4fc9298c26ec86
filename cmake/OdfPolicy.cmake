# One compile policy for every library, executable and test of the project.
add_library(odf_policy INTERFACE)
target_compile_features(odf_policy INTERFACE cxx_std_20)
target_compile_options(odf_policy INTERFACE -Wall -Wextra -Wpedantic)
if(ODF_WARNINGS_AS_ERRORS)
    target_compile_options(odf_policy INTERFACE -Werror)
endif()
# QT_NO_CONTEXTLESS_CONNECT arrives with Qt 6.7; the rule it enforces is kept by review.
target_compile_definitions(odf_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING)

# odf_add_test(NAME tst_x SOURCES a.cpp LIBRARIES lib...)
# One executable per unit, registered with CTest, offscreen unless told otherwise.
function(odf_add_test)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE odf_policy Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ODF_SAMPLES_DIR=${ODF_SAMPLES_DIR}"
        TIMEOUT 300)
endfunction()

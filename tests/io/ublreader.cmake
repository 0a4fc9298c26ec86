# The UBL reader: on documents the test writes itself, and on the public sample invoices.
add_library(odf_ublfixture STATIC
    ${CMAKE_CURRENT_LIST_DIR}/ublfixture.cpp ${CMAKE_CURRENT_LIST_DIR}/ublfixture.h)
target_include_directories(odf_ublfixture PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(odf_ublfixture PUBLIC odf_domain PRIVATE odf_policy Qt6::Test)

odf_add_test(NAME tst_ublreader
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ublreader.cpp
    LIBRARIES odf_io odf_ublfixture)
odf_add_test(NAME tst_ublcorpus
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ublcorpus.cpp
    LIBRARIES odf_io odf_ublfixture)

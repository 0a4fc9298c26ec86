# The JSON store, its keeper and the demo data. The store tests build their broken documents
# with nlohmann_json, which odf_io keeps to itself.
odf_add_test(NAME tst_storefile
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_storefile.cpp
    LIBRARIES odf_io nlohmann_json::nlohmann_json)
odf_add_test(NAME tst_demodata
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_demodata.cpp
    LIBRARIES odf_io)
odf_add_test(NAME tst_storekeeper
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_storekeeper.cpp
    LIBRARIES odf_io nlohmann_json::nlohmann_json)

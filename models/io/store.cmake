# The JSON store and the built-in demo company and invoices.
target_sources(odf_io PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/storefile.cpp ${CMAKE_CURRENT_LIST_DIR}/storefile.h
    ${CMAKE_CURRENT_LIST_DIR}/demodata.cpp ${CMAKE_CURRENT_LIST_DIR}/demodata.h)

# The demo invoices, compiled in as :/demo/demo.json. odf_io is static: Qt links the resource
# through an object library into everything that links odf_io, so no Q_INIT_RESOURCE is needed.
qt_add_resources(odf_io "demo"
    PREFIX "/demo"
    BASE ${PROJECT_SOURCE_DIR}/resources/demo
    FILES ${PROJECT_SOURCE_DIR}/resources/demo/demo.json)

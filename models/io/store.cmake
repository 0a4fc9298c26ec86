target_sources(odf_io PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/storefile.cpp ${CMAKE_CURRENT_LIST_DIR}/storefile.h)

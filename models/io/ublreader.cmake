target_sources(odf_io PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ublreader.cpp ${CMAKE_CURRENT_LIST_DIR}/ublreader.h)

# V8 10.2 from Debian's libnode108, unpacked by scripts/setup.sh into .deps/libnode.
# The machine's own /usr/include/node holds V8 11.3 headers that compile against libnode108
# but break at run time, so the header version is checked here and a mismatch stops the build.
set(LOOPSCOPE_LIBNODE_PREFIX "${CMAKE_SOURCE_DIR}/.deps/libnode" CACHE PATH
    "Prefix holding the unpacked libnode108 and libnode-dev packages")

set(_v8_include "${LOOPSCOPE_LIBNODE_PREFIX}/usr/include/node")
set(_v8_libdir "${LOOPSCOPE_LIBNODE_PREFIX}/usr/lib/x86_64-linux-gnu")
if(NOT EXISTS "${_v8_include}/v8-version.h")
    message(FATAL_ERROR "V8 headers not found in ${_v8_include}. Run scripts/setup.sh first "
                        "(it unpacks libnode108 + libnode-dev into .deps/libnode).")
endif()
file(STRINGS "${_v8_include}/v8-version.h" _v8_major REGEX "#define V8_MAJOR_VERSION")
file(STRINGS "${_v8_include}/v8-version.h" _v8_minor REGEX "#define V8_MINOR_VERSION")
string(REGEX REPLACE ".* ([0-9]+)$" "\\1" _v8_major "${_v8_major}")
string(REGEX REPLACE ".* ([0-9]+)$" "\\1" _v8_minor "${_v8_minor}")
if(NOT _v8_major EQUAL 10 OR NOT _v8_minor EQUAL 2)
    message(FATAL_ERROR "V8 headers in ${_v8_include} are version ${_v8_major}.${_v8_minor}; "
                        "loopscope needs the 10.2 headers that match libnode108.")
endif()
find_library(LOOPSCOPE_LIBNODE node PATHS "${_v8_libdir}" NO_DEFAULT_PATH REQUIRED)

add_library(loopscope_v8 INTERFACE)
# No V8 build macros on purpose: Debian's V8 has pointer compression and the sandbox off, and
# defining them aborts V8::Initialize with a configuration mismatch.
target_include_directories(loopscope_v8 SYSTEM INTERFACE "${_v8_include}")
target_link_libraries(loopscope_v8 INTERFACE "${LOOPSCOPE_LIBNODE}")
set(CMAKE_BUILD_RPATH "${_v8_libdir}")
set(CMAKE_INSTALL_RPATH "${_v8_libdir}")
message(STATUS "V8 ${_v8_major}.${_v8_minor} from ${LOOPSCOPE_LIBNODE}")

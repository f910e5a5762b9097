# ctest install.tree: `cmake --install` into a throwaway prefix gives a working
# app. Checks the files a packager and a desktop need, validates the .desktop
# entry and the MIME package, that the installed worker links no Widgets,
# Charts or Svg, and that it extracts an installed sample with the progress
# protocol the workbench reads.
# -DBUILD_DIR=<build> -DPREFIX=<empty scratch dir>
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${err}")
endif()

include(GNUInstallDirs)
set(worker ${PREFIX}/${CMAKE_INSTALL_LIBEXECDIR}/ledgerlens/ledgerlens-worker)
foreach(f ${CMAKE_INSTALL_BINDIR}/ledgerlens ${CMAKE_INSTALL_BINDIR}/ledgerlens-cli
          ${CMAKE_INSTALL_LIBEXECDIR}/ledgerlens/ledgerlens-worker
          ${CMAKE_INSTALL_DATADIR}/applications/ledgerlens.desktop
          ${CMAKE_INSTALL_DATADIR}/mime/packages/ledgerlens.xml)
  if(NOT EXISTS ${PREFIX}/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
file(GLOB samples ${PREFIX}/${CMAKE_INSTALL_DATADIR}/ledgerlens/samples/*.pdf)
list(LENGTH samples nsamples)
if(nsamples LESS 1)
  message(FATAL_ERROR "no sample PDFs in ${CMAKE_INSTALL_DATADIR}/ledgerlens/samples")
endif()

# The desktop entry: valid, and it offers to open PDFs and workspaces.
set(desktop ${PREFIX}/${CMAKE_INSTALL_DATADIR}/applications/ledgerlens.desktop)
execute_process(COMMAND desktop-file-validate ${desktop} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
  message(FATAL_ERROR "desktop-file-validate: ${rc} ${out}")
endif()
file(READ ${desktop} entry)  # READ, not STRINGS: that escapes the semicolons
if(NOT entry MATCHES "\nMimeType=[^\n]*application/pdf;" OR NOT entry MATCHES "\nMimeType=[^\n]*application/x-ledgerlens-workspace;")
  message(FATAL_ERROR "desktop entry has no PDF and workspace MimeType: ${entry}")
endif()

# The MIME package compiles, and *.ledgerlens is a Ledgerlens workspace.
execute_process(COMMAND update-mime-database ${PREFIX}/${CMAKE_INSTALL_DATADIR}/mime RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "update-mime-database: ${err}")
endif()
file(STRINGS ${PREFIX}/${CMAKE_INSTALL_DATADIR}/mime/globs2 globs REGEX "x-ledgerlens-workspace")
if(NOT globs MATCHES "application/x-ledgerlens-workspace:\\*\\.ledgerlens")
  message(FATAL_ERROR "globs2 has no *.ledgerlens: ${globs}")
endif()

# The worker: Qt Core and Gui only.
execute_process(COMMAND readelf -d ${worker} OUTPUT_VARIABLE dyn RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT dyn MATCHES "libQt6Core")
  message(FATAL_ERROR "readelf -d ${worker} failed")
endif()
foreach(lib Widgets Charts Svg OpenGL)
  if(dyn MATCHES "libQt6${lib}")
    message(FATAL_ERROR "ledgerlens-worker links Qt6${lib}")
  endif()
endforeach()

# The installed worker extracts an installed sample, speaking the protocol.
list(GET samples 0 sample)
execute_process(COMMAND ${worker} extract ${sample} --progress
                RESULT_VARIABLE rc OUTPUT_VARIABLE json ERROR_VARIABLE progress)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "installed worker: exit ${rc}: ${progress}")
endif()
if(NOT progress MATCHES "file 1 1 [^\n]*\\.pdf\n" OR NOT progress MATCHES "progress [0-9]+ [0-9]+\n")
  message(FATAL_ERROR "installed worker: no progress lines: ${progress}")
endif()
# A sample's cover names its company, and it prints a profit or loss statement.
string(JSON company ERROR_VARIABLE jerr GET "${json}" report company)
string(JSON ncolumns ERROR_VARIABLE jerr2 LENGTH "${json}" statements profit_or_loss columns)
if(jerr OR jerr2 OR company STREQUAL "" OR ncolumns LESS 1)
  message(FATAL_ERROR "installed worker: no company or profit-or-loss columns in its JSON (${jerr} ${jerr2})")
endif()
message(STATUS "installed to ${PREFIX}: ${nsamples} samples; the worker read ${company}, ${ncolumns} P&L columns")

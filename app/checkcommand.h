#pragma once

#include <QStringList>

// `odf check [--today YYYY-MM-DD] [--json] [--lang en|nl|fr] FILE...`: judges invoice files
// without a display and prints one line per file. Exit status 0 when every file was read,
// 2 otherwise, 1 for a wrong command line.
namespace CheckCommand {

// arguments: what follows "check" on the command line.
int run(const QStringList &arguments);

} // namespace CheckCommand

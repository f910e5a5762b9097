#include <QGuiApplication>
int main(int argc, char **argv) { QGuiApplication app(argc, argv); return 0; }

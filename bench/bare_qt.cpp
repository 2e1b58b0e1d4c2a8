// The start-up baseline: what any Qt Widgets program pays before its first frame.
#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLineEdit(&window));
    window.resize(1024, 700);
    window.show();
    QTimer::singleShot(0, &window, [&window] {
        (void)window.grab(); // first frame rendered
        std::fputs("frame rendered\n", stdout); // bench/run times the first frame by this line
        std::fflush(stdout);
        QApplication::quit();
    });
    return app.exec();
}

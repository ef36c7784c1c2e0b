#include "PasswordInput.h"

#include <termios.h>
#include <unistd.h>

#include <string>

namespace casusregie::admin {

std::optional<QString> readPassword(std::FILE *input, std::FILE *prompt, const QString &promptText)
{
    const int fd = ::fileno(input);
    const bool terminal = ::isatty(fd);
    termios saved{};
    if (terminal) {
        std::fputs(promptText.toLocal8Bit().constData(), prompt);
        std::fflush(prompt);
        ::tcgetattr(fd, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &silent);
    }

    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(input)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (terminal) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
        std::fputs("\n", prompt);
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString password = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

} // namespace casusregie::admin

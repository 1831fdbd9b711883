// db.hpp — the oracle's libpq session: one connection (the PG* environment variables), and
// each statement's outcome as text rows or an error.
#pragma once

#include <libpq-fe.h>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace seqint_oracle {

// A statement's outcome: its rows (columns joined by '|') or its error.
struct Answer {
    bool error = false;
    std::string sqlstate;
    std::string message;
    std::vector<std::string> rows;

    // An error the oracle expects without running anything.
    static Answer failure(const std::string &sqlstate, const std::string &message);

    std::string summary(std::size_t max_rows = 12) const;
};

class Db {
public:
    bool connect();
    bool alive() const;
    int server_version() const;
    // Reconnects after a lost connection; false when that fails.
    bool reconnect();
    std::string error_message() const;
    Answer run(const std::string &sql);

private:
    struct ConnDeleter {
        void operator()(PGconn *conn) const { PQfinish(conn); }
    };
    std::unique_ptr<PGconn, ConnDeleter> conn_;

    // Notices (of DROP … IF EXISTS, say) are not printed.
    void silence_notices();
};

}  // namespace seqint_oracle

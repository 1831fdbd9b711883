// db.cpp — the libpq session (see db.hpp).
#include "db.hpp"

#include <sstream>
#include <utility>

namespace seqint_oracle {

namespace {

struct ResultDeleter {
    void operator()(PGresult *res) const { PQclear(res); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

}  // namespace

Answer Answer::failure(const std::string &sqlstate, const std::string &message) {
    Answer answer;
    answer.error = true;
    answer.sqlstate = sqlstate;
    answer.message = message;
    return answer;
}

std::string Answer::summary(std::size_t max_rows) const {
    if (error)
        return "ERROR " + sqlstate + ": " + message;
    std::ostringstream out;
    out << rows.size() << " row(s)";
    for (std::size_t i = 0; i < rows.size() && i < max_rows; ++i)
        out << (i == 0 ? ": " : ", ") << rows[i];
    if (rows.size() > max_rows)
        out << ", …";
    return out.str();
}

void Db::silence_notices() {
    PQsetNoticeProcessor(
        conn_.get(), [](void *, const char *) {}, nullptr);
}

bool Db::connect() {
    conn_.reset(PQconnectdb(""));
    if (!conn_ || PQstatus(conn_.get()) != CONNECTION_OK)
        return false;
    silence_notices();
    return true;
}

bool Db::alive() const { return conn_ && PQstatus(conn_.get()) == CONNECTION_OK; }

int Db::server_version() const { return PQserverVersion(conn_.get()); }

bool Db::reconnect() {
    if (!conn_)
        return connect();
    PQreset(conn_.get());
    if (!alive())
        return false;
    silence_notices();
    return true;
}

std::string Db::error_message() const {
    return conn_ ? PQerrorMessage(conn_.get()) : "out of memory";
}

Answer Db::run(const std::string &sql) {
    Answer answer;
    ResultPtr res(PQexec(conn_.get(), sql.c_str()));
    const ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
        const int nrows = PQntuples(res.get());
        const int ncols = PQnfields(res.get());
        answer.rows.reserve(static_cast<std::size_t>(nrows));
        for (int r = 0; r < nrows; ++r) {
            std::string row;
            for (int c = 0; c < ncols; ++c) {
                if (c > 0)
                    row += '|';
                row += PQgetisnull(res.get(), r, c) ? "NULL" : PQgetvalue(res.get(), r, c);
            }
            answer.rows.push_back(std::move(row));
        }
        return answer;
    }
    answer.error = true;
    const char *state = res ? PQresultErrorField(res.get(), PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = res ? PQresultErrorField(res.get(), PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    answer.sqlstate = state ? state : (alive() ? "?????" : "connection lost");
    answer.message = primary ? primary : PQerrorMessage(conn_.get());
    while (!answer.message.empty() && answer.message.back() == '\n')
        answer.message.pop_back();
    return answer;
}

}  // namespace seqint_oracle

#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace casusregie {

// Jobs handed from the request thread to a worker thread of the server (AuditGroupCommit,
// ReportWorker): the worker waits for them and takes them in the order given.
template <typename Job>
class JobQueue {
public:
    // False, and the job is not taken, when `limit` jobs already wait (0: no limit).
    bool push(Job job, std::size_t limit = 0)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (limit != 0 && m_jobs.size() >= limit)
                return false;
            m_jobs.push_back(std::move(job));
        }
        m_wake.notify_one();
        return true;
    }

    // Waits for jobs and takes every waiting one, or only the first; empty once stopped and
    // nothing is left to take.
    std::deque<Job> take(bool all)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_wake.wait(lock, [this] { return m_stopped || !m_jobs.empty(); });
        std::deque<Job> taken;
        if (all) {
            taken.swap(m_jobs);
        } else if (!m_jobs.empty()) {
            taken.push_back(std::move(m_jobs.front()));
            m_jobs.pop_front();
        }
        return taken;
    }

    // Ends the waiting for good; with `dropWaiting` the jobs not yet taken are never taken.
    void stop(bool dropWaiting)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stopped = true;
            if (dropWaiting)
                m_jobs.clear();
        }
        m_wake.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs; // guarded by m_mutex
    bool m_stopped = false; // guarded by m_mutex
};

} // namespace casusregie

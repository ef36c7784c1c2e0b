#pragma once

#include "net/Wire.h"

namespace casusregie {

// What one server holds for the connections it serves (issue 10); docs/operations.md gives the
// reason for each value and the worst case in memory.
struct ConnectionLimits {
    int maxConnections = 512;          // all connections; a ZVH has some hundreds of workstations
    int maxPerAddress = 32;            // one workstation, or one NAT of a partner, never needs more
    int handshakeTimeoutMs = 5000;     // a TLS 1.3 handshake takes one round trip
    int loginTimeoutMs = 60000;        // time to type a password and a code after connecting
    int partialFrameTimeoutMs = 10000; // a frame that started arriving is complete well within this
    int preLoginFrameBytes = 16 * 1024;      // a login request is well under 1 KiB
    int frameBytes = wire::maxFrameBytes;    // after login
    int socketReadBufferBytes = 64 * 1024;   // what Qt reads ahead from the kernel per connection
    int maxRequestsPerSecond = 50;           // per connection
    // Password checks run on a small pool off the request thread; each takes 64 MiB for a moment.
    int verifierThreads = 2;
    int maxQueuedLogins = 64;       // beyond this a login is refused at once; 64 checks take some seconds
    int loginBurstPerAddress = 20;  // a partner's office behind one address logging in at nine
    int loginsPerMinutePerAddress = 20;
};

} // namespace casusregie

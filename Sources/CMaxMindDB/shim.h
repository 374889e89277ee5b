// libmaxminddb (Debian: libmaxminddb-dev), seen by Swift through this header only.
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <maxminddb.h>

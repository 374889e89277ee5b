/* The C side of scripts/bench-geo: the same country lookups as `residency geo bench`, straight
 * through libmaxminddb. Addresses are parsed before the clock starts (as the Swift side does) and
 * looked up with MMDB_lookup_sockaddr; each country code is copied out, as Swift copies it into a
 * String. Build: cc -O2 bench-geo.c -lmaxminddb */
#include <arpa/inet.h>
#include <maxminddb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s DB ADDRESSES [LOOKUPS]\n", argv[0]); return 2; }
    long lookups = argc > 3 ? atol(argv[3]) : 1000000;
    MMDB_s mmdb;
    int status = MMDB_open(argv[1], MMDB_MODE_MMAP, &mmdb);
    if (status != MMDB_SUCCESS) { fprintf(stderr, "%s: %s\n", argv[1], MMDB_strerror(status)); return 2; }
    FILE *f = fopen(argv[2], "r");
    if (!f) { perror(argv[2]); return 2; }
    size_t cap = 1024, n = 0;
    struct sockaddr_storage *addrs = malloc(cap * sizeof *addrs);
    char line[128];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (n == cap) { cap *= 2; addrs = realloc(addrs, cap * sizeof *addrs); }
        memset(&addrs[n], 0, sizeof addrs[n]);
        struct sockaddr_in *v4 = (struct sockaddr_in *)&addrs[n];
        struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&addrs[n];
        if (inet_pton(AF_INET, line, &v4->sin_addr) == 1) { v4->sin_family = AF_INET; n++; }
        else if (inet_pton(AF_INET6, line, &v6->sin6_addr) == 1) { v6->sin6_family = AF_INET6; n++; }
    }
    fclose(f);
    if (n == 0) { fprintf(stderr, "%s: no addresses\n", argv[2]); return 2; }
    const char *path[] = {"country", "iso_code", NULL};
    long found = 0, checksum = 0;
    char code[8];
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < lookups; i++) {
        int err;
        MMDB_lookup_result_s r = MMDB_lookup_sockaddr(&mmdb, (struct sockaddr *)&addrs[i % n], &err);
        if (err != MMDB_SUCCESS || !r.found_entry) continue;
        MMDB_entry_data_s data;
        if (MMDB_aget_value(&r.entry, &data, path) != MMDB_SUCCESS || !data.has_data || data.type != MMDB_DATA_TYPE_UTF8_STRING) continue;
        size_t len = data.data_size < sizeof code - 1 ? data.data_size : sizeof code - 1;
        memcpy(code, data.utf8_string, len);
        code[len] = 0;
        found++;
        for (size_t k = 0; k < len; k++) checksum += (unsigned char)code[k];
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double seconds = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("c lookups=%ld found=%ld checksum=%ld seconds=%f per_second=%ld\n", lookups, found, checksum, seconds, (long)(lookups / seconds));
    MMDB_close(&mmdb);
    return 0;
}

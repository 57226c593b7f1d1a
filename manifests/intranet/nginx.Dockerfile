# nginx as Debian ships it, with MeetingBot's site configuration.
FROM debian:trixie-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx \
    && rm -rf /var/lib/apt/lists/* \
    && rm -f /etc/nginx/sites-enabled/default \
    && ln -sf /dev/stdout /var/log/nginx/access.log \
    && ln -sf /dev/stderr /var/log/nginx/error.log
COPY meetingbot.nginx.conf /etc/nginx/conf.d/meetingbot.conf
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]

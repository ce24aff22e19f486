# One Attention Lab replica. Scale out with several behind a sticky load balancer:
# see deploy/nginx.conf.template and README "Deployment".
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# Tiny models, many sessions: one torch thread per forward pass (see README "Configuration").
ENV OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8501/_stcore/health')"
# Set STREAMLIT_SERVER_COOKIE_SECRET to the same value on every replica.
CMD ["python", "-m", "streamlit", "run", "app.py", "--server.port=8501", "--server.address=0.0.0.0"]
